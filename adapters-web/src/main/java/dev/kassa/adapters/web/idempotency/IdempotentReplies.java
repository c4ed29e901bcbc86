package dev.kassa.adapters.web.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.error.Problems;
import dev.kassa.application.idempotency.Idempotency;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.shared.LockKey;
import dev.kassa.domain.user.UserId;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs idempotent requests through the application's {@link Idempotency}, keyed by caller and
 * {@code Idempotency-Key} and fingerprinted by {@link RequestHash}, and renders their answers as
 * they will be stored and replayed: the action's result as JSON or, when the action's use case
 * refuses, the error envelope.
 */
public final class IdempotentReplies {

  private final ObjectMapper mapper;
  private final Idempotency idempotency;

  public IdempotentReplies(ObjectMapper mapper, Idempotency idempotency) {
    this.mapper = mapper;
    this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
  }

  /** One idempotent request, identified by its caller, key, method, path and body. */
  public record Attempt(
      UserId owner,
      IdempotencyKey key,
      String method,
      String path,
      JsonNode body,
      String requestId) {}

  /**
   * Runs an idempotent request whose action locks {@code touches} (named to its unit of work, see
   * {@link Idempotency#run(Idempotency.Request, java.util.Collection, Supplier,
   * java.util.function.Function)}).
   */
  public Idempotency.Outcome run(
      Attempt attempt, int status, Collection<? extends LockKey> touches, Supplier<?> action) {
    return idempotency.run(
        requestOf(attempt),
        touches,
        () -> new StoredResponse(status, write(action.get())),
        refused -> envelope(refused, attempt));
  }

  /**
   * Runs an effect of several units of work ({@link Idempotency#runInSteps}): {@code begin} in the
   * key's unit of work, returning the recovery point (an id), then {@code finish} with none open. A
   * refusal of {@code begin} is answered and stored like any; a refusal of {@code finish}, or a
   * payment provider's refusal (after which nothing of the effect remains), is answered without
   * being kept, so the key is free again. Any other failure keeps the recovery point: a retry with
   * the key carries the effect on.
   */
  public Idempotency.Outcome runInSteps(
      Attempt attempt, int status, Supplier<String> begin, Function<String, ?> finish) {
    var request = requestOf(attempt);
    var steps =
        new Idempotency.Steps() {
          @Override
          public String begin() {
            return perform(begin);
          }

          @Override
          public Idempotency.Finish finish(String recoveryPoint) {
            try {
              return new Idempotency.Finish.Answered(
                  new StoredResponse(status, write(finish.apply(recoveryPoint))));
            } catch (DomainException refused) {
              return new Idempotency.Finish.Undone(envelope(refused, attempt));
            } catch (PaymentProviderException failed) {
              if (!failed.isRefusal()) {
                throw failed;
              }
              return new Idempotency.Finish.Undone(envelope(failed, attempt));
            }
          }
        };
    try {
      return idempotency.runInSteps(request, steps);
    } catch (Refused refused) {
      return idempotency.recordRefusal(request, envelope(refused.refusal, attempt));
    }
  }

  private StoredResponse envelope(Throwable refusal, Attempt attempt) {
    var problem = Problems.from(refusal);
    return new StoredResponse(problem.status(), write(problem.envelope(attempt.requestId())));
  }

  private static Idempotency.Request requestOf(Attempt attempt) {
    return new Idempotency.Request(
        attempt.owner(),
        attempt.key(),
        RequestHash.of(attempt.method(), attempt.path(), attempt.body()));
  }

  /** Runs the action, telling its refusals apart from the key's own conflicts. */
  private static <T> T perform(Supplier<T> action) {
    try {
      return action.get();
    } catch (DomainException refusal) {
      throw new Refused(refusal);
    }
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

  /** A domain error of the action itself, carried out of the unit of work it rolls back. */
  private static final class Refused extends RuntimeException {
    private final transient DomainException refusal;

    Refused(DomainException refusal) {
      super(refusal.code(), refusal, false, false);
      this.refusal = refusal;
    }
  }
}
