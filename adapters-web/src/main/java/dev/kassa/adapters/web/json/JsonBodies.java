package dev.kassa.adapters.web.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.error.ApiException;
import dev.kassa.adapters.web.error.JsonErrors;
import dev.kassa.domain.error.ValidationException;
import java.io.CharConversionException;
import java.util.Map;
import java.util.Objects;

/**
 * Reads request bodies in two steps: the bytes into a JSON tree ({@code malformed_json} when that
 * fails, bytes that are no text included), then the tree into a request record, one component at a
 * time, so that every field that does not fit (unknown, of the wrong type, a {@link Required} one
 * missing or null) is named in one {@code validation_failed}.
 */
public final class JsonBodies {

  private final ObjectMapper mapper;
  private final RecordBinding records;

  public JsonBodies(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.records = new RecordBinding(mapper);
  }

  public JsonNode tree(byte[] body) {
    try {
      return mapper.readTree(body);
    } catch (JacksonException malformed) {
      throw JsonErrors.malformed(malformed);
    } catch (CharConversionException notText) {
      throw ApiException.malformedJson("The request body is not UTF-8 text.", Map.of());
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  /** The tree bound to {@code type}; fails with the problems of every field that does not fit. */
  public <T> T bind(JsonNode tree, Class<T> type) {
    var fields = new Fields();
    return fields.build(() -> bind(tree, type, fields));
  }

  /**
   * The tree bound to {@code type}, its problems noted in {@code fields}; a field that does not fit
   * is null (or 0 for a primitive), so that the rest of the request can still be checked.
   */
  public <T> T bind(JsonNode tree, Class<T> type, Fields fields) {
    if (tree == null || !tree.isObject()) {
      throw ValidationException.of("body", "must be a JSON object");
    }
    return type.cast(records.record(tree, type, "", fields));
  }
}
