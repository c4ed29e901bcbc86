package dev.kassa.adapters.persistence;

import java.time.Clock;
import javax.sql.DataSource;

/**
 * One consistent set of the PostgreSQL adapters over one {@link DataSource}: they share a {@link
 * JooqDatabase}, so every one of them joins the units of work of {@link #transactions()}. The
 * schema must be migrated first ({@link Migrations}).
 */
public final class JooqPorts {

  private final JooqTransactions transactions;
  private final JooqUsers users;
  private final JooqAccounts accounts;
  private final JooqLedger ledger;
  private final JooqTransfers transfers;
  private final JooqCards cards;
  private final JooqAuditLog auditLog;
  private final JooqSessions sessions;
  private final JooqIdempotencyStore idempotency;

  private JooqPorts(JooqDatabase database, Clock clock) {
    this.transactions = new JooqTransactions(database);
    this.users = new JooqUsers(database);
    this.accounts = new JooqAccounts(database, clock);
    this.ledger = new JooqLedger(database, transactions);
    this.transfers = new JooqTransfers(database);
    this.cards = new JooqCards(database);
    this.auditLog = new JooqAuditLog(database);
    this.sessions = new JooqSessions(database, clock);
    this.idempotency = new JooqIdempotencyStore(database);
  }

  public static JooqPorts over(DataSource dataSource, Clock clock) {
    return new JooqPorts(new JooqDatabase(dataSource), clock);
  }

  public JooqTransactions transactions() {
    return transactions;
  }

  public JooqUsers users() {
    return users;
  }

  public JooqAccounts accounts() {
    return accounts;
  }

  public JooqLedger ledger() {
    return ledger;
  }

  public JooqTransfers transfers() {
    return transfers;
  }

  public JooqCards cards() {
    return cards;
  }

  public JooqAuditLog auditLog() {
    return auditLog;
  }

  public JooqSessions sessions() {
    return sessions;
  }

  public JooqIdempotencyStore idempotency() {
    return idempotency;
  }
}
