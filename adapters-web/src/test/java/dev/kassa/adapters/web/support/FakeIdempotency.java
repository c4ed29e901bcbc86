package dev.kassa.adapters.web.support;

import dev.kassa.adapters.web.idempotency.IdempotentRunner;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.error.IdempotencyKeyReusedException;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** A map-backed runner with the contract's semantics: replay, or refuse a reused key. */
public final class FakeIdempotency implements IdempotentRunner {

  private record Stored(String hash, StoredResponse response) {}

  private final Map<String, Stored> stored = new HashMap<>();

  @Override
  public synchronized Outcome run(
      UserId owner,
      IdempotencyKey key,
      String requestHash,
      Supplier<StoredResponse> action,
      Function<DomainException, StoredResponse> onDomainError) {
    var scoped = owner + "/" + key.value();
    var earlier = stored.get(scoped);
    if (earlier != null) {
      if (!earlier.hash().equals(requestHash)) {
        throw new IdempotencyKeyReusedException();
      }
      return new Outcome(earlier.response(), true);
    }
    StoredResponse response;
    try {
      response = action.get();
    } catch (DomainException refused) {
      response = onDomainError.apply(refused);
    }
    stored.put(scoped, new Stored(requestHash, response));
    return new Outcome(response, false);
  }
}
