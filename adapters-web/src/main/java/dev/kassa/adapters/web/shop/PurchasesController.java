package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.orders.GetPurchase;
import dev.kassa.application.orders.ListPurchases;
import dev.kassa.application.orders.Purchase;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;

/** {@code /v1/purchases}: buy one product in one step, paid from an account, and read purchases. */
public final class PurchasesController implements Controller {

  private final Purchase purchase;
  private final ListPurchases listPurchases;
  private final GetPurchase getPurchase;

  public PurchasesController(
      Purchase purchase, ListPurchases listPurchases, GetPurchase getPurchase) {
    this.purchase = purchase;
    this.listPurchases = listPurchases;
    this.getPurchase = getPurchase;
  }

  @Override
  public void routes(Routes routes) {
    routes
        .post("/v1/purchases", RouteAccess.USER, this::buy)
        .effectsInUnitOfWork()
        .get("/v1/purchases", RouteAccess.USER, this::list)
        .get("/v1/purchases/{id}", RouteAccess.USER, this::get);
  }

  private void buy(Call call) {
    var command = call.command(PurchaseRequest.class, PurchaseRequest::toCommand);
    var actor = call.actor();
    call.idempotent(
        201, command.accounts(), () -> PurchaseResponse.from(purchase.execute(actor, command)));
  }

  private void list(Call call) {
    var query =
        new ListPurchases.Query(
            call.query("userId", Fields.uuid(UserId::new)).orElse(null), call.page());
    call.okPage(listPurchases.execute(call.actor(), query), PurchaseResponse::from);
  }

  private void get(Call call) {
    var id = call.pathId("id", "purchase", OrderId::of);
    call.ok(PurchaseResponse.from(getPurchase.execute(call.actor(), id)));
  }
}
