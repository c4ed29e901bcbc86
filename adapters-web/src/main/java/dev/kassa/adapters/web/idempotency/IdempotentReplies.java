package dev.kassa.adapters.web.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.error.Problems;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.UserId;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Renders idempotent answers as they will be stored and replayed: the action's result as JSON, or
 * the error envelope of a request the model refused.
 */
public final class IdempotentReplies {

  private final ObjectMapper mapper;
  private final IdempotentRunner runner;

  public IdempotentReplies(ObjectMapper mapper, IdempotentRunner runner) {
    this.mapper = mapper;
    this.runner = runner;
  }

  /** One idempotent request, identified by its caller, key, method, path and body. */
  public record Attempt(
      UserId owner,
      IdempotencyKey key,
      String method,
      String path,
      JsonNode body,
      String requestId) {}

  public IdempotentRunner.Outcome run(Attempt attempt, int status, Supplier<?> action) {
    return runner.run(
        attempt.owner(),
        attempt.key(),
        RequestHash.of(attempt.method(), attempt.path(), attempt.body()),
        () -> new StoredResponse(status, write(action.get())),
        refused -> {
          var problem = Problems.from(refused);
          return new StoredResponse(problem.status(), write(problem.envelope(attempt.requestId())));
        });
  }

  private String write(Object value) {
    if (value == null) {
      return "";
    }
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }
}
