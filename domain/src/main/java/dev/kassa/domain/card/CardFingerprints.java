package dev.kassa.domain.card;

/**
 * Keyed one-way fingerprints of card numbers (an HMAC with a server secret), so that a number can
 * be recognised without being stored.
 */
public interface CardFingerprints {

  String fingerprint(CardNumber number);
}
