package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.banking.GetTransfer;
import dev.kassa.application.banking.ListTransfers;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.domain.ledger.TransferId;

/** {@code /v1/transfers}: move money between accounts, and read the transfers made. */
public final class TransfersController implements Controller {

  private final TransferMoney transferMoney;
  private final ListTransfers listTransfers;
  private final GetTransfer getTransfer;

  public TransfersController(
      TransferMoney transferMoney, ListTransfers listTransfers, GetTransfer getTransfer) {
    this.transferMoney = transferMoney;
    this.listTransfers = listTransfers;
    this.getTransfer = getTransfer;
  }

  @Override
  public void routes(Routes routes) {
    routes
        .post("/v1/transfers", RouteAccess.USER, this::transfer)
        .effectsInUnitOfWork()
        .get("/v1/transfers", RouteAccess.USER, this::list)
        .get("/v1/transfers/{id}", RouteAccess.USER, this::get);
  }

  private void transfer(Call call) {
    var command = call.command(CreateTransferRequest.class, CreateTransferRequest::toCommand);
    var actor = call.actor();
    call.idempotent(
        201,
        command.accounts(),
        () -> TransferResponse.from(transferMoney.execute(actor, command)));
  }

  private void list(Call call) {
    call.okPage(listTransfers.execute(call.actor(), call.page()), TransferResponse::from);
  }

  private void get(Call call) {
    var id = call.pathId("id", "transfer", TransferId::of);
    call.ok(TransferResponse.from(getTransfer.execute(call.actor(), id)));
  }
}
