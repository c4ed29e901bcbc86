package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.banking.GetTransaction;
import dev.kassa.application.banking.ListTransactions;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.ledger.TransactionType;

/** {@code /v1/transactions}: cash deposits and withdrawals, and the unified transaction log. */
public final class TransactionsController implements Controller {

  private final PostCashTransaction postCashTransaction;
  private final ListTransactions listTransactions;
  private final GetTransaction getTransaction;

  public TransactionsController(
      PostCashTransaction postCashTransaction,
      ListTransactions listTransactions,
      GetTransaction getTransaction) {
    this.postCashTransaction = postCashTransaction;
    this.listTransactions = listTransactions;
    this.getTransaction = getTransaction;
  }

  @Override
  public void routes(Routes routes) {
    routes
        .post("/v1/transactions", RouteAccess.USER, this::post)
        .effectsInUnitOfWork()
        .get("/v1/transactions", RouteAccess.USER, this::list)
        .get("/v1/transactions/{id}", RouteAccess.USER, this::get);
  }

  private void post(Call call) {
    var command = call.command(CreateTransactionRequest.class, CreateTransactionRequest::toCommand);
    var actor = call.actor();
    call.idempotent(
        201,
        command.accounts(),
        () -> TransactionResponse.from(postCashTransaction.execute(actor, command)));
  }

  private void list(Call call) {
    var query =
        new ListTransactions.Query(
            call.query("accountId", Fields.uuid(AccountId::new)).orElse(null),
            call.query("type", TransactionType::parse).orElse(null),
            call.query("from", TimeBounds::from).orElse(null),
            call.query("to", TimeBounds::to).orElse(null),
            call.page());
    call.okPage(listTransactions.execute(call.actor(), query), TransactionResponse::from);
  }

  private void get(Call call) {
    var id = call.pathId("id", "transaction", TransactionId::of);
    call.ok(TransactionResponse.from(getTransaction.execute(call.actor(), id)));
  }
}
