package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.AUDIT_EVENTS;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.List;
import org.jooq.impl.DSL;

/** The audit trail in PostgreSQL, details as a JSON object. */
public final class JooqAuditLog implements AuditLog {

  private final JooqDatabase database;

  public JooqAuditLog(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public void record(AuditEvent event) {
    database.dsl().insertInto(AUDIT_EVENTS).set(AuditEventMapper.toRecord(event)).execute();
  }

  @Override
  public Page<AuditEvent> page(PageRequest request) {
    return Pages.fetch(
        database.dsl(),
        AUDIT_EVENTS,
        DSL.noCondition(),
        List.of(AUDIT_EVENTS.CREATED_AT.desc(), AUDIT_EVENTS.SEQ.desc()),
        request,
        AuditEventMapper::toDomain);
  }
}
