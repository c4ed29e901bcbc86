package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.statements.GetBalance;
import dev.kassa.application.statements.GetStatement;
import dev.kassa.domain.account.AccountId;
import java.time.Instant;

/**
 * {@code GET /v1/statements/{accountId}}: an account's statement as JSON, or as a CSV download for
 * a client that accepts {@code text/csv}; {@code GET /v1/accounts/{id}/balance}: its balance at an
 * instant.
 */
public final class StatementsController implements Controller {

  private final GetStatement getStatement;
  private final GetBalance getBalance;

  public StatementsController(GetStatement getStatement, GetBalance getBalance) {
    this.getStatement = getStatement;
    this.getBalance = getBalance;
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get("/v1/statements/{accountId}", RouteAccess.USER, this::statement)
        .get("/v1/accounts/{id}/balance", RouteAccess.USER, this::balance);
  }

  private void balance(Call call) {
    var balance =
        getBalance.execute(
            call.actor(),
            call.pathId("id", "account", AccountId::of),
            call.query("at", Instant::parse).orElse(null));
    call.ok(BalanceResponse.from(balance));
  }

  private void statement(Call call) {
    var query =
        new GetStatement.Query(
            call.pathId("accountId", "account", AccountId::of),
            call.query("from", TimeBounds::date).orElse(null),
            call.query("to", TimeBounds::date).orElse(null));
    var statement = getStatement.execute(call.actor(), query);
    if (call.accepts("text/csv")) {
      call.ctx()
          .header(
              "Content-Disposition",
              "attachment; filename=\"" + StatementCsv.fileName(statement.statement()) + "\"");
      call.text(200, StatementCsv.CONTENT_TYPE, StatementCsv.of(statement));
    } else {
      call.ok(StatementResponse.from(statement));
    }
  }
}
