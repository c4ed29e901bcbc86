package dev.kassa.adapters.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.auth.Principal;
import dev.kassa.adapters.web.error.ApiException;
import dev.kassa.adapters.web.idempotency.IdempotentReplies;
import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Text;
import dev.kassa.adapters.web.observability.RequestIds;
import dev.kassa.application.idempotency.Idempotency;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.shared.LockKey;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
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

  private final Context ctx;
  private final Principal principal;
  private final CallTools tools;
  private final RequestBody body;

  Call(Context ctx, Principal principal, CallTools tools) {
    this.ctx = ctx;
    this.principal = principal;
    this.tools = tools;
    this.body = new RequestBody(ctx, tools.bodies(), tools.maxBodyBytes());
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

  /**
   * A query parameter, empty when absent or empty; text {@link Text} refuses (a control character,
   * an unpaired surrogate, too long) is {@code 400} naming it.
   */
  public Optional<String> query(String name) {
    var raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    var problem = Text.problem(raw, false);
    if (problem != null) {
      throw ValidationException.of(name, problem);
    }
    return Optional.of(raw);
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

  /**
   * The JSON body bound to {@code type} and made into a command by {@code toCommand}, which parses
   * its fields through the given {@link Fields}. Every problem, from binding the JSON to parsing
   * the fields to the command's own checks, is reported in one {@code validation_failed}.
   */
  public <R, C> C command(Class<R> type, BiFunction<? super R, Fields, ? extends C> toCommand) {
    return optionalCommand(type, toCommand)
        .orElseThrow(() -> ValidationException.of("body", "is required"));
  }

  /** Like {@link #command}, or empty when the request has no body. */
  public <R, C> Optional<C> optionalCommand(
      Class<R> type, BiFunction<? super R, Fields, ? extends C> toCommand) {
    if (jsonBody().isMissingNode()) {
      return Optional.empty();
    }
    var fields = new Fields();
    var request = body.bind(type, fields);
    return Optional.of(
        fields.build(() -> request == null ? null : toCommand.apply(request, fields)));
  }

  /** The JSON body bound to {@code type}; see {@link dev.kassa.adapters.web.json.Required}. */
  public <T> T body(Class<T> type) {
    if (jsonBody().isMissingNode()) {
      throw ValidationException.of("body", "is required");
    }
    return body.bind(type);
  }

  /**
   * The JSON body as a tree, read once; a missing node when there is none.
   *
   * @throws ApiException {@code unsupported_media_type} for a body that is not declared as JSON
   */
  public JsonNode jsonBody() {
    return body.tree();
  }

  /** The JSON body if the handler read it, else a missing node; for observers after the answer. */
  JsonNode bodyIfRead() {
    return body.treeIfRead();
  }

  /** The body's bytes, read once and at most the configured maximum of them. */
  public byte[] rawBody() {
    return body.bytes();
  }

  /**
   * The bytes of the file sent in the {@code multipart/form-data} part {@code name}, at most {@code
   * maxBytes} of them (a larger file is {@code 413}, whatever the client declared).
   *
   * @throws ApiException {@code unsupported_media_type} for a body that is not multipart form data
   */
  public byte[] file(String name, long maxBytes) {
    return Uploads.file(ctx, name, maxBytes);
  }

  /** Whether the client's {@code Accept} header names {@code mediaType}, such as text/csv. */
  public boolean accepts(String mediaType) {
    var accept = ctx.header("Accept");
    return accept != null
        && accept.toLowerCase(Locale.ROOT).contains(mediaType.toLowerCase(Locale.ROOT));
  }

  public void ok(Object body) {
    respond(200, body);
  }

  public void created(Object body) {
    respond(201, body);
  }

  public void noContent() {
    ctx.status(204);
  }

  /** Answers {@code status} with {@code body} as JSON, or with no body when it is null. */
  public void respond(int status, Object body) {
    ctx.status(status);
    if (body != null) {
      ctx.json(body);
    }
  }

  /** A page as {@code {"data": [...], "limit", "offset", "total"}}, each item mapped. */
  public <T, R> void okPage(Page<T> page, Function<? super T, ? extends R> mapper) {
    ok(PageResponse.of(page.map(mapper)));
  }

  /**
   * As {@link #okPage(Page, Function)}, with the JSON that {@code rendered} keeps for this page
   * instance when {@code alongside} (what {@code mapper} reads besides the item) is unchanged.
   */
  public <T, R> void okPage(
      Page<T> page,
      Function<? super T, ? extends R> mapper,
      RenderedPages rendered,
      Object alongside) {
    var json =
        rendered.json(
            page,
            alongside,
            () -> {
              var body = PageResponse.of(page.map(mapper));
              return ctx.jsonMapper()
                  .toJsonString(body, PageResponse.class)
                  .getBytes(StandardCharsets.UTF_8);
            });
    ctx.status(200).contentType(ContentType.APPLICATION_JSON).result(json);
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
    idempotent(status, List.of(), action);
  }

  /**
   * Like {@link #idempotent(int, Supplier)}, for an action that locks {@code touches} (a money
   * operation's accounts): with the header, the key's unit of work names them, so that a batch of
   * money operations locks them with the others it names before its first runs.
   */
  public void idempotent(int status, Collection<? extends LockKey> touches, Supplier<?> action) {
    var header = ctx.header(IDEMPOTENCY_KEY);
    if (header == null) {
      respond(status, action.get());
      return;
    }
    answer(tools.replies().run(attempt(header), status, touches, action));
  }

  /**
   * Like {@link #idempotent}, for an effect of several units of work with a call to a payment
   * provider between them: {@code begin} runs in the key's unit of work and returns the id of what
   * it began; {@code finish} carries it on from that id with no unit of work open, and renders the
   * answer. With the header, a retry after a crash carries the begun effect on instead of beginning
   * it again.
   */
  public void idempotentInSteps(int status, Supplier<String> begin, Function<String, ?> finish) {
    var header = ctx.header(IDEMPOTENCY_KEY);
    if (header == null) {
      respond(status, finish.apply(begin.get()));
      return;
    }
    answer(tools.replies().runInSteps(attempt(header), status, begin, finish));
  }

  private IdempotentReplies.Attempt attempt(String header) {
    return new IdempotentReplies.Attempt(
        actor().id(),
        new IdempotencyKey(header),
        ctx.method().name(),
        ctx.path(),
        jsonBody(),
        requestId());
  }

  private void answer(Idempotency.Outcome outcome) {
    if (outcome.replayed()) {
      ctx.header(IDEMPOTENT_REPLAYED, "true");
    }
    var stored = outcome.response();
    ctx.status(stored.status());
    if (!stored.body().isEmpty()) {
      ctx.contentType(RequestBody.JSON).result(stored.body());
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
}
