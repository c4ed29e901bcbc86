package dev.kassa.adapters.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.kassa.adapters.web.error.ApiException;
import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.JsonBodies;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;

/** The body of one request, read at most once, checked to be JSON before it is parsed. */
final class RequestBody {

  static final String JSON = "application/json";

  private final Context ctx;
  private final JsonBodies bodies;
  private final long maxBytes;
  private byte[] bytes;
  private JsonNode tree;

  RequestBody(Context ctx, JsonBodies bodies, long maxBytes) {
    this.ctx = ctx;
    this.bodies = bodies;
    this.maxBytes = maxBytes;
  }

  byte[] bytes() {
    if (bytes == null) {
      try {
        bytes = ctx.bodyAsBytes();
      } catch (HttpResponseException tooLarge) {
        if (tooLarge.getStatus() == 413) {
          throw ApiException.payloadTooLarge(maxBytes);
        }
        throw tooLarge;
      }
    }
    return bytes;
  }

  JsonNode tree() {
    if (tree == null) {
      var raw = bytes();
      if (raw.length == 0) {
        tree = MissingNode.getInstance();
      } else if (isJson(ctx.contentType())) {
        tree = bodies.tree(raw);
      } else {
        throw ApiException.unsupportedMediaType(JSON);
      }
    }
    return tree;
  }

  /** The tree if a handler has read it already, else a missing node; never reads the body. */
  JsonNode treeIfRead() {
    return tree == null ? MissingNode.getInstance() : tree;
  }

  <T> T bind(Class<T> type) {
    return bodies.bind(tree(), type);
  }

  <T> T bind(Class<T> type, Fields fields) {
    return bodies.bind(tree(), type, fields);
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    var mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return mediaType.equals(JSON)
        || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
  }
}
