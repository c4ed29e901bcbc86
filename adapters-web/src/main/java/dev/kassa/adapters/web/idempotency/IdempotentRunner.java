package dev.kassa.adapters.web.idempotency;

import dev.kassa.application.idempotency.RunIdempotently;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.UserId;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a request at most once per caller and key; the application's {@link RunIdempotently} does
 * the work ({@link #using}).
 */
@FunctionalInterface
public interface IdempotentRunner {

  /**
   * Runs {@code action} unless the key was already used: with the same {@code requestHash} the
   * stored response is returned as a replay; with another one, or while the first attempt still
   * runs, a domain error ({@code idempotency_key_reused} / {@code idempotency_key_in_use}) is
   * thrown.
   *
   * @param action performs the effect and renders its response
   * @param onDomainError renders the response of a request the model refused, to be stored too
   */
  Outcome run(
      UserId owner,
      IdempotencyKey key,
      String requestHash,
      Supplier<StoredResponse> action,
      Function<DomainException, StoredResponse> onDomainError);

  /** The response to send, and whether it replays an earlier one. */
  record Outcome(StoredResponse response, boolean replayed) {}

  static IdempotentRunner using(RunIdempotently useCase) {
    return (owner, key, hash, action, onDomainError) -> {
      var outcome =
          useCase.execute(new RunIdempotently.Request(owner, key, hash, action, onDomainError));
      return new Outcome(outcome.response(), outcome.replayed());
    };
  }
}
