package dev.kassa.application.audit;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;

/** The audit trail, newest first; for admins only. */
public final class ListAuditEvents {

  private final Transactions transactions;
  private final AuditLog auditLog;

  public ListAuditEvents(Transactions transactions, AuditLog auditLog) {
    this.transactions = transactions;
    this.auditLog = auditLog;
  }

  public Page<AuditEvent> execute(Actor actor, PageRequest page) {
    AccessPolicy.requireAdmin(actor);
    return transactions.reading(() -> auditLog.page(page));
  }
}
