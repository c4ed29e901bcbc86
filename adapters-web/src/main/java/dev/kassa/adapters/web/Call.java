package dev.kassa.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.kassa.adapters.web.auth.Principal;
import dev.kassa.adapters.web.error.ApiException;
import dev.kassa.adapters.web.error.Problems;
import dev.kassa.adapters.web.idempotency.RequestHash;
import dev.kassa.adapters.web.observability.RequestIds;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One request as a route handler sees it: who calls, the parsed body and parameters, and the ways
 * to answer. Every failure it reports is a domain error or an {@link ApiException}, which become
 * the error envelope.
 */
public final class Call {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
  private static final String JSON = "application/json";

  private final Context ctx;
  private final Principal principal;
  private final CallTools tools;
  private byte[] rawBody;
  private JsonNode tree;

  Call(Context ctx, Principal principal, CallTools tools) {
    this.ctx = ctx;
    this.principal = principal;
    this.tools = tools;
  }

  /** The Javalin context, for what this class does not cover. */
  public Context ctx() {
    return ctx;
  }

  public String requestId() {
    return String.valueOf(ctx.req().getAttribute(RequestIds.ATTRIBUTE));
  }

  /** The caller of a {@code USER} or {@code ADMIN} route; empty on a {@code PUBLIC} one. */
  public Optional<Principal> principal() {
    return Optional.ofNullable(principal);
  }

  /** The authenticated caller, as the use cases take it. */
  public Actor actor() {
    if (principal == null) {
      throw new UnauthenticatedException("This route needs an authenticated caller.");
    }
    return principal.actor();
  }

  /**
   * A path parameter read as an id; one that does not parse names nothing, so it is {@code 404}.
   *
   * @param resource how the error names the resource, such as {@code Account}
   */
  public <T> T pathId(String name, String resource, Function<String, T> parser) {
    var raw = ctx.pathParam(name);
    try {
      return parser.apply(raw);
    } catch (RuntimeException unparseable) {
      throw new NotFoundException(resource, raw);
    }
  }

  public Optional<String> query(String name) {
    return Optional.ofNullable(ctx.queryParam(name)).filter(value -> !value.isEmpty());
  }

  /** A query parameter parsed by {@code parser}; a value it refuses is {@code 400} naming it. */
  public <T> Optional<T> query(String name, Function<String, T> parser) {
    return query(name).map(raw -> parse(name, raw, parser));
  }

  /** {@code limit} (1..100, default 20) and {@code offset} (from 0, default 0). */
  public PageRequest page() {
    return new PageRequest(integer("limit", PageRequest.DEFAULT_LIMIT), integer("offset", 0));
  }

  private int integer(String name, int fallback) {
    return query(name)
        .map(
            raw -> {
              try {
                return Integer.parseInt(raw);
              } catch (NumberFormatException notAnInteger) {
                throw ValidationException.of(name, "must be an integer");
              }
            })
        .orElse(fallback);
  }

  /** The JSON body bound to {@code type}; see {@link dev.kassa.adapters.web.json.Required}. */
  public <T> T body(Class<T> type) {
    return optionalBody(type).orElseThrow(() -> ValidationException.of("body", "is required"));
  }

  /** The JSON body bound to {@code type}, or empty when the request has no body. */
  public <T> Optional<T> optionalBody(Class<T> type) {
    var node = json();
    return node.isMissingNode() ? Optional.empty() : Optional.of(tools.bodies().bind(node, type));
  }

  /**
   * The JSON body as a tree, read once; {@link MissingNode} when there is none.
   *
   * @throws ApiException {@code unsupported_media_type} for a body that is not declared as JSON
   */
  public JsonNode json() {
    if (tree == null) {
      var bytes = rawBody();
      if (bytes.length == 0) {
        tree = MissingNode.getInstance();
      } else {
        if (!isJson(ctx.contentType())) {
          throw ApiException.unsupportedMediaType(JSON);
        }
        tree = tools.bodies().tree(bytes);
      }
    }
    return tree;
  }

  /** The body's bytes, read once and at most {@link WebSettings#maxBodyBytes()} of them. */
  public byte[] rawBody() {
    if (rawBody == null) {
      try {
        rawBody = ctx.bodyAsBytes();
      } catch (HttpResponseException tooLarge) {
        if (tooLarge.getStatus() == 413) {
          throw ApiException.payloadTooLarge(tools.maxBodyBytes());
        }
        throw tooLarge;
      }
    }
    return rawBody;
  }

  /** Whether the client's {@code Accept} header names {@code mediaType}, such as text/csv. */
  public boolean accepts(String mediaType) {
    var accept = ctx.header("Accept");
    return accept != null
        && accept.toLowerCase(Locale.ROOT).contains(mediaType.toLowerCase(Locale.ROOT));
  }

  public void ok(Object body) {
    json(200, body);
  }

  public void created(Object body) {
    json(201, body);
  }

  public void noContent() {
    ctx.status(204);
  }

  public void json(int status, Object body) {
    ctx.status(status).json(body);
  }

  /** A page as {@code {"data": [...], "limit", "offset", "total"}}, each item mapped. */
  public <T, R> void page(Page<T> page, Function<? super T, ? extends R> mapper) {
    ok(PageResponse.of(page.map(mapper)));
  }

  public void text(int status, String contentType, String body) {
    ctx.status(status).contentType(contentType).result(body);
  }

  /**
   * Answers {@code status} with the JSON of {@code action}'s result, at most once per {@code
   * Idempotency-Key}: a retry with the same key and body gets the first answer again, with {@code
   * Idempotent-Replayed: true}, and the action does not run twice. Without the header the action
   * just runs. Needs an authenticated caller: keys are scoped to the caller.
   */
  public void idempotent(int status, Supplier<?> action) {
    var header = ctx.header(IDEMPOTENCY_KEY);
    if (header == null) {
      json(status, action.get());
      return;
    }
    var key = new IdempotencyKey(header);
    var hash = RequestHash.of(ctx.method().name(), ctx.path(), json());
    var outcome =
        tools
            .idempotency()
            .run(
                actor().id(),
                key,
                hash,
                () -> new StoredResponse(status, write(action.get())),
                refused -> {
                  var problem = Problems.from(refused);
                  return new StoredResponse(problem.status(), write(problem.envelope(requestId())));
                });
    if (outcome.replayed()) {
      ctx.header(IDEMPOTENT_REPLAYED, "true");
    }
    ctx.status(outcome.response().status()).contentType(JSON).result(outcome.response().body());
  }

  private String write(Object value) {
    try {
      return tools.mapper().writeValueAsString(value);
    } catch (JsonProcessingException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  private static <T> T parse(String name, String raw, Function<String, T> parser) {
    try {
      return parser.apply(raw);
    } catch (ValidationException refused) {
      var problem = refused.problems().values().stream().findFirst().orElse("has an invalid value");
      throw ValidationException.of(name, problem);
    } catch (RuntimeException unparseable) {
      throw ValidationException.of(name, "has an invalid value");
    }
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
