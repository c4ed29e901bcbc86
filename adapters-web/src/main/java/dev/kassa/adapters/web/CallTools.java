package dev.kassa.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.idempotency.IdempotentRunner;
import dev.kassa.adapters.web.json.JsonBodies;

/**
 * What every {@link Call} shares: the JSON configuration, the idempotent runner, the body limit.
 */
record CallTools(
    ObjectMapper mapper, JsonBodies bodies, IdempotentRunner idempotency, long maxBodyBytes) {}
