package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.statements.GetStatement;
import dev.kassa.domain.account.AccountId;

/**
 * {@code GET /v1/statements/{accountId}}: an account's statement as JSON, or as a CSV download for
 * a client that accepts {@code text/csv}.
 */
public final class StatementsController implements Controller {

  private final GetStatement getStatement;

  public StatementsController(GetStatement getStatement) {
    this.getStatement = getStatement;
  }

  @Override
  public void routes(Routes routes) {
    routes.get("/v1/statements/{accountId}", RouteAccess.USER, this::statement);
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
              "attachment; filename=\"" + StatementCsv.fileName(statement) + "\"");
      call.text(200, StatementCsv.CONTENT_TYPE, StatementCsv.of(statement));
    } else {
      call.ok(StatementResponse.from(statement));
    }
  }
}
