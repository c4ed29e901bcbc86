package dev.kassa.domain.idempotency;

/** The first answer given to an idempotent request, replayed verbatim for its retries. */
public record StoredResponse(int status, String body) {}
