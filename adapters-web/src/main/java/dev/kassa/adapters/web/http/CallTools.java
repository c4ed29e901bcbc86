package dev.kassa.adapters.web.http;

import dev.kassa.adapters.web.idempotency.IdempotentReplies;
import dev.kassa.adapters.web.json.JsonBodies;

/** What every {@link Call} shares: JSON binding, idempotent replies, the body size limit. */
public record CallTools(JsonBodies bodies, IdempotentReplies replies, long maxBodyBytes) {}
