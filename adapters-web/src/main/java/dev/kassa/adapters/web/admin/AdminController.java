package dev.kassa.adapters.web.admin;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.audit.ListAuditEvents;
import dev.kassa.application.ledger.VerifyLedger;
import dev.kassa.application.payments.ListReceivedEvents;
import java.util.Objects;

/**
 * Administrators' views under {@code /v1/admin}: the audit trail, the ledger check, and the events
 * received from the payment provider.
 */
public final class AdminController implements Controller {

  private final ListAuditEvents listAuditEvents;
  private final VerifyLedger verifyLedger;
  private final ListReceivedEvents listReceivedEvents;

  public AdminController(
      ListAuditEvents listAuditEvents,
      VerifyLedger verifyLedger,
      ListReceivedEvents listReceivedEvents) {
    this.listAuditEvents = Objects.requireNonNull(listAuditEvents, "listAuditEvents");
    this.verifyLedger = Objects.requireNonNull(verifyLedger, "verifyLedger");
    this.listReceivedEvents = Objects.requireNonNull(listReceivedEvents, "listReceivedEvents");
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get(
            "/v1/admin/audit-events",
            RouteAccess.ADMIN,
            call ->
                call.okPage(
                    listAuditEvents.execute(call.actor(), call.page()), AuditEventResponse::from))
        .get(
            "/v1/admin/ledger/verify",
            RouteAccess.ADMIN,
            call -> call.ok(LedgerVerificationResponse.from(verifyLedger.execute(call.actor()))))
        .get(
            "/v1/admin/webhook-events",
            RouteAccess.ADMIN,
            call ->
                call.okPage(
                    listReceivedEvents.execute(call.actor(), call.page()),
                    ReceivedEventResponse::from));
  }
}
