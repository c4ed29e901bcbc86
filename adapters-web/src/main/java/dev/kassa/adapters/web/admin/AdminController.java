package dev.kassa.adapters.web.admin;

import dev.kassa.adapters.web.Controller;
import dev.kassa.adapters.web.Routes;
import dev.kassa.adapters.web.auth.Access;
import dev.kassa.application.audit.ListAuditEvents;
import dev.kassa.application.ledger.VerifyLedger;
import java.util.Objects;

/** Administrators' views: the audit trail and the ledger check, under {@code /v1/admin}. */
public final class AdminController implements Controller {

  private final ListAuditEvents listAuditEvents;
  private final VerifyLedger verifyLedger;

  public AdminController(ListAuditEvents listAuditEvents, VerifyLedger verifyLedger) {
    this.listAuditEvents = Objects.requireNonNull(listAuditEvents, "listAuditEvents");
    this.verifyLedger = Objects.requireNonNull(verifyLedger, "verifyLedger");
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get(
            "/v1/admin/audit-events",
            Access.ADMIN,
            call ->
                call.okPage(
                    listAuditEvents.execute(call.actor(), call.page()), AuditEventResponse::from))
        .get(
            "/v1/admin/ledger/verify",
            Access.ADMIN,
            call -> call.ok(LedgerVerificationResponse.from(verifyLedger.execute(call.actor()))));
  }
}
