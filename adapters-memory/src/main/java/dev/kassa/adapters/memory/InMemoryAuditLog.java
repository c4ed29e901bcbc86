package dev.kassa.adapters.memory;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditEventId;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.Comparator;

/** The audit trail in memory. */
public final class InMemoryAuditLog implements AuditLog {

  private static final Comparator<AuditEvent> NEWEST_FIRST =
      Comparator.comparing(AuditEvent::createdAt).thenComparing(AuditEvent::id).reversed();

  private final Table<AuditEventId, AuditEvent> events;

  public InMemoryAuditLog(InMemoryTransactions transactions) {
    this.events = new Table<>(transactions);
  }

  @Override
  public void record(AuditEvent event) {
    if (!events.insert(event.id(), event)) {
      throw new IllegalArgumentException("audit event " + event.id() + " exists already");
    }
  }

  @Override
  public Page<AuditEvent> page(PageRequest request) {
    return Page.slice(events.rows().sorted(NEWEST_FIRST).toList(), request);
  }
}
