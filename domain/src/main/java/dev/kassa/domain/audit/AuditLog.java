package dev.kassa.domain.audit;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;

/** The append-only trail of security and administrative events. */
public interface AuditLog {

  void record(AuditEvent event);

  /** All events, newest first. */
  Page<AuditEvent> page(PageRequest request);
}
