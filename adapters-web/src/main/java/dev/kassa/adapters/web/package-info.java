/**
 * The HTTP adapter: Javalin on virtual threads behind one error envelope. This package only
 * assembles the server ({@link dev.kassa.adapters.web.HttpApi}) and its controllers ({@link
 * dev.kassa.adapters.web.KassaControllers}); controllers build on the request plumbing in {@code
 * http}, and nothing depends back on this package.
 *
 * <h2>Wiring</h2>
 *
 * <pre>{@code
 * var api = HttpApi.create(
 *     WebSettings.defaults().withPort(port).withCorsOrigins(origins)
 *         .withRateLimits(RateLimitPolicy.of(perMinute, authPerMinute)),
 *     Authenticator.using(authenticate),                 // application's Authenticate
 *     idempotency,                                       // application's Idempotency
 *     List.of(new AuthController(...), new AccountsController(...),
 *         new OperationsController(Map.of("database", database::ping),
 *             OpenApiDocument.fromClasspath())));
 * api.start();
 * Runtime.getRuntime().addShutdownHook(new Thread(api::stop));
 * }</pre>
 *
 * <h2>Writing a controller</h2>
 *
 * A {@link dev.kassa.adapters.web.http.Controller} declares its routes on {@link
 * dev.kassa.adapters.web.http.Routes}, each with its {@link
 * dev.kassa.adapters.web.auth.RouteAccess}; the handler receives a {@link
 * dev.kassa.adapters.web.http.Call}:
 *
 * <ul>
 *   <li>{@code call.actor()}: the authenticated {@code Actor}; {@code call.principal()} also
 *       carries the authenticator's claims ({@code principal.claims(AccessTokenClaims.class)}).
 *   <li>{@code call.body(Request.class)}: the JSON body bound to a record; mark mandatory
 *       components {@link dev.kassa.adapters.web.json.Required} (boxed types for numbers). Unknown
 *       fields, wrong types, floats for integers, a non-JSON content type, a malformed or too large
 *       body all become the right error envelope.
 *   <li>{@code call.command(Request.class, Request::toCommand)}: the body bound and made into a use
 *       case's command by {@code toCommand(Fields)}, which parses ids, currencies and amounts
 *       through {@link dev.kassa.adapters.web.json.Fields}; every problem of the body, the parsing
 *       and the command's own checks is answered in one {@code validation_failed}. {@code
 *       call.optionalCommand} for optional bodies.
 *   <li>{@code call.pathId("id", "Account", AccountId::of)}: an id from the path; unparseable is
 *       404. {@code call.query("from", Instant::parse)}: an optional query parameter; unparseable
 *       is 400 naming it. {@code call.page()}: the {@code PageRequest} from {@code limit} and
 *       {@code offset}.
 *   <li>{@code call.ok(body)}, {@code call.created(body)}, {@code call.respond(202, body)}, {@code
 *       call.noContent()}, {@code call.okPage(page, AccountResponse::from)}, {@code call.text(200,
 *       "text/csv", csv)}, {@code call.accepts("text/csv")}.
 *   <li>{@code call.idempotent(201, () -> TransferResponse.from(transferMoney.execute(...)))}: runs
 *       once per {@code Idempotency-Key} and replays the stored answer on retries.
 * </ul>
 *
 * Handlers report failures by throwing: domain errors map to their status by code in {@link
 * dev.kassa.adapters.web.error.ErrorCode}; anything unexpected is a logged {@code internal_error}.
 */
package dev.kassa.adapters.web;
