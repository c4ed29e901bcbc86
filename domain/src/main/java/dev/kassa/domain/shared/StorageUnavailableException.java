package dev.kassa.domain.shared;

/**
 * The storage could not be reached, or lost the connection while working: the database is down,
 * restarting, or a statement took longer than its time limit. The request may be retried (with the
 * same idempotency key) once the storage is back.
 *
 * <p>Not a {@link dev.kassa.domain.error.DomainException}: it says nothing about the request, so it
 * is never stored as an idempotent answer, and it is reported as the service being unavailable.
 */
public final class StorageUnavailableException extends RuntimeException {

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
