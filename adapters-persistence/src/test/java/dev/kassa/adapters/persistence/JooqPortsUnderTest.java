package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.contract.PortsUnderTest;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Transfers;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Users;
import java.time.Clock;
import java.time.Duration;

/** The jOOQ adapters on the test JVM's PostgreSQL database, as the port contracts see them. */
final class JooqPortsUnderTest implements PortsUnderTest {

  /** PostgreSQL keeps microseconds, so the clock ticks in them. */
  static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

  private final JooqPorts ports;

  private JooqPortsUnderTest(JooqPorts ports) {
    this.ports = ports;
  }

  static PortsUnderTest onSharedDatabase() {
    return new JooqPortsUnderTest(JooqPorts.over(TestDatabase.dataSource(), CLOCK));
  }

  @Override
  public Transactions transactions() {
    return ports.transactions();
  }

  @Override
  public Users users() {
    return ports.users();
  }

  @Override
  public Accounts accounts() {
    return ports.accounts();
  }

  @Override
  public Ledger ledger() {
    return ports.ledger();
  }

  @Override
  public Transfers transfers() {
    return ports.transfers();
  }

  @Override
  public Cards cards() {
    return ports.cards();
  }

  @Override
  public AuditLog auditLog() {
    return ports.auditLog();
  }

  @Override
  public Sessions sessions() {
    return ports.sessions();
  }

  @Override
  public IdempotencyStore idempotency() {
    return ports.idempotency();
  }
}
