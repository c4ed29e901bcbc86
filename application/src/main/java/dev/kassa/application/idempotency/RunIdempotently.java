package dev.kassa.application.idempotency;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.error.IdempotencyKeyReusedException;
import dev.kassa.domain.idempotency.Claim;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a request at most once per idempotency key. The key is claimed first, in a commit of its own
 * so that a concurrent duplicate sees it; the effect and the stored response are then committed
 * together, so a crash can never keep one without the other. A request that fails with a domain
 * error stores that error, like any other answer; an unexpected failure releases the key so the
 * client may retry.
 */
public final class RunIdempotently {

  /** How long a key and its response are kept. */
  public static final Duration RETENTION = Duration.ofHours(24);

  /** After this long, a claim still in progress is taken to be abandoned by a crashed process. */
  public static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

  /**
   * One idempotent request. {@code action} performs the effect and renders its response; {@code
   * onDomainError} renders the response of a refused request.
   */
  public record Request(
      UserId owner,
      IdempotencyKey key,
      String requestHash,
      Supplier<StoredResponse> action,
      Function<DomainException, StoredResponse> onDomainError) {
    public Request {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(requestHash, "requestHash");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(onDomainError, "onDomainError");
    }
  }

  /** The response to send, and whether it is a replay of an earlier one. */
  public record Outcome(StoredResponse response, boolean replayed) {}

  private final Transactions transactions;
  private final IdempotencyStore store;
  private final Clock clock;

  public RunIdempotently(Transactions transactions, IdempotencyStore store, Clock clock) {
    this.transactions = transactions;
    this.store = store;
    this.clock = clock;
  }

  public Outcome execute(Request request) {
    var now = clock.instant();
    var claim =
        store.claim(
            request.owner(),
            request.key(),
            request.requestHash(),
            now,
            now.minus(ABANDONED_AFTER),
            now.minus(RETENTION));
    return switch (claim) {
      case Claim.Replay replay -> new Outcome(replay.response(), true);
      case Claim.InUse inUse -> throw ConflictException.idempotencyKeyInUse();
      case Claim.Reused reused -> throw new IdempotencyKeyReusedException();
      case Claim.Granted granted -> new Outcome(perform(request), false);
    };
  }

  private StoredResponse perform(Request request) {
    try {
      return transactions.inTransaction(() -> completeWith(request, request.action().get()));
    } catch (DomainException refused) {
      var response = request.onDomainError().apply(refused);
      try {
        return transactions.inTransaction(() -> completeWith(request, response));
      } catch (RuntimeException storeFailed) {
        release(request, storeFailed);
        throw storeFailed;
      }
    } catch (RuntimeException | Error unexpected) {
      release(request, unexpected);
      throw unexpected;
    }
  }

  private StoredResponse completeWith(Request request, StoredResponse response) {
    store.complete(request.owner(), request.key(), response, clock.instant());
    return response;
  }

  private void release(Request request, Throwable cause) {
    try {
      store.release(request.owner(), request.key());
    } catch (RuntimeException releaseFailed) {
      cause.addSuppressed(releaseFailed);
    }
  }
}
