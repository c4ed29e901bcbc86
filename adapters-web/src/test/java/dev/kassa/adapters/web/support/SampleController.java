package dev.kassa.adapters.web.support;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.error.IdempotencyKeyReusedException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.TokenExpiredException;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.PaymentProviderException;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.user.UserId;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** Routes exercising the infrastructure, as a real controller would use it. */
public final class SampleController implements Controller {

  public record Part(@Required String kind) {}

  public record ThingRequest(
      @Required String name,
      @Required Long amount,
      Integer quantity,
      LocalDate date,
      Boolean urgent,
      Part part,
      List<Part> parts) {}

  public record Thing(String id, String name, long amount) {}

  public record Login(@Required String email, @Required String password) {}

  public record Payment(int number, long amount) {}

  public record PaymentRequest(@Required Long amount) {}

  private final AtomicInteger payments = new AtomicInteger();

  public int paymentsMade() {
    return payments.get();
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get(
            "/v1/things",
            RouteAccess.PUBLIC,
            call -> {
              var all = IntStream.rangeClosed(1, 57).boxed().toList();
              call.okPage(Page.slice(all, call.page()), n -> Map.of("n", n));
            })
        .post(
            "/v1/things",
            RouteAccess.USER,
            call -> {
              var request = call.body(ThingRequest.class);
              call.created(new Thing("t-1", request.name(), request.amount()));
            })
        .get(
            "/v1/things/{id}",
            RouteAccess.USER,
            call -> {
              var id = call.pathId("id", "Thing", UUID::fromString);
              call.ok(new Thing(id.toString(), "thing", 1));
            })
        .delete("/v1/things/{id}", RouteAccess.USER, call -> call.noContent())
        .get(
            "/v1/search",
            RouteAccess.PUBLIC,
            call -> {
              var from = call.query("from", LocalDate::parse);
              call.ok(Map.of("from", from.map(LocalDate::toString).orElse("none")));
            })
        .get("/v1/admin/things", RouteAccess.ADMIN, call -> call.ok(Map.of("admin", true)))
        .get(
            "/v1/me",
            RouteAccess.USER,
            call -> {
              var principal = call.principal().orElseThrow();
              call.ok(
                  Map.of(
                      "userId", call.actor().id().toString(),
                      "claims", String.valueOf(principal.claims())));
            })
        .get(
            "/v1/boom",
            RouteAccess.PUBLIC,
            call -> {
              throw new IllegalStateException("SELECT secret FROM users; at dev.kassa.Secret");
            })
        .get(
            "/v1/fatal",
            RouteAccess.PUBLIC,
            call -> {
              throw new StackOverflowError("deep in dev.kassa.Secret");
            })
        .get("/v1/fail/{code}", RouteAccess.PUBLIC, call -> failWith(call.ctx().pathParam("code")))
        .get(
            "/v1/provider-down",
            RouteAccess.PUBLIC,
            call -> {
              throw new PaymentProviderException("stripe answered 502 to request req_abc");
            })
        .post(
            "/v1/auth/login",
            RouteAccess.PUBLIC,
            call -> {
              var login = call.body(Login.class);
              call.ok(Map.of("email", login.email()));
            })
        .post(
            "/v1/payments/{id}/cancel",
            RouteAccess.USER,
            call ->
                call.idempotent(
                    204,
                    () -> {
                      payments.decrementAndGet();
                      return null;
                    }))
        .post(
            "/v1/payments",
            RouteAccess.USER,
            call -> {
              var request = call.body(PaymentRequest.class);
              call.idempotent(
                  201,
                  () -> {
                    if (request.amount() > 1000) {
                      throw ConflictException.insufficientFunds("acc-1");
                    }
                    return new Payment(payments.incrementAndGet(), request.amount());
                  });
            });
  }

  private static void failWith(String code) {
    throw switch (code) {
      case "validation_failed" -> ValidationException.of("amount", "must be positive");
      case "unauthenticated" -> new UnauthenticatedException("Who are you?");
      case "token_expired" -> new TokenExpiredException();
      case "forbidden" -> new ForbiddenException("No.");
      case "not_found" -> new NotFoundException("Thing", "42");
      case "email_taken" -> ConflictException.emailTaken();
      case "insufficient_funds" -> ConflictException.insufficientFunds("acc-1");
      case "out_of_stock" -> ConflictException.outOfStock(List.of("p-1"));
      case "account_not_active" -> ConflictException.accountNotActive("acc-1", "frozen");
      case "account_not_empty" -> ConflictException.accountNotEmpty("acc-1");
      case "card_not_active" -> ConflictException.cardNotActive("card-1", "frozen");
      case "invalid_state_transition" -> ConflictException.invalidStateTransition("paid", "paid");
      case "idempotency_key_in_use" -> ConflictException.idempotencyKeyInUse();
      case "currency_mismatch" ->
          new CurrencyMismatchException(Currency.getInstance("EUR"), Currency.getInstance("USD"));
      case "idempotency_key_reused" -> new IdempotencyKeyReusedException();
      default -> new NotFoundException("User", UserId.newId());
    };
  }
}
