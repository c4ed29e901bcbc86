package dev.kassa.domain.webhook;

/**
 * Encrypts secrets Kassa must be able to read back (the signing secrets of webhook endpoints), so
 * that what storage holds does not reveal them. Every process sharing a database must use the same
 * key.
 */
public interface SecretBox {

  /** {@code secret} encrypted, as text safe to store; two seals of one secret differ. */
  String seal(String secret);

  /**
   * The secret {@code sealed} holds.
   *
   * @throws IllegalStateException when it was not sealed with this key, or was altered
   */
  String open(String sealed);
}
