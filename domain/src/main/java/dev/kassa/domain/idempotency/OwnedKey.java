package dev.kassa.domain.idempotency;

import dev.kassa.domain.shared.LockKey;
import dev.kassa.domain.user.UserId;
import java.util.Objects;

/**
 * An idempotency key with its owner, the scope a key is unique in. A unit of work that runs a keyed
 * request names it before it runs, so that a batch of units takes the locks of all its keys and
 * reads their records at once ({@link IdempotencyStore#lockAhead}).
 */
public record OwnedKey(UserId owner, IdempotencyKey key) implements LockKey {

  public OwnedKey {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(key, "key");
  }
}
