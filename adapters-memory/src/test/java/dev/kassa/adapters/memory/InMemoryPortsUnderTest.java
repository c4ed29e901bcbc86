package dev.kassa.adapters.memory;

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

/** A fresh, empty in-memory world for each contract test. */
record InMemoryPortsUnderTest(InMemoryPorts ports) implements PortsUnderTest {

  static PortsUnderTest fresh() {
    return new InMemoryPortsUnderTest(InMemoryPorts.create());
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
