package dev.kassa.domain.idempotency;

/** What claiming an idempotency key found. */
public sealed interface Claim {

  /** The key is new (or its earlier claim was abandoned): go ahead, then complete or release. */
  record Granted() implements Claim {}

  /** The same request completed before: answer with its response. */
  record Replay(StoredResponse response) implements Claim {}

  /** The same key is still being processed by another request. */
  record InUse() implements Claim {}

  /** The key was used with a different request. */
  record Reused() implements Claim {}
}
