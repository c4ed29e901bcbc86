package dev.kassa.application.contract;

import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Transfers;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Users;

/**
 * One consistent set of persistence adapters for the port contracts: every port shares the same
 * store and the same unit of work. The store may hold data of other tests (a shared database), so
 * contracts only assert about data they created themselves.
 */
public interface PortsUnderTest {

  Transactions transactions();

  Users users();

  Accounts accounts();

  Ledger ledger();

  Transfers transfers();

  Cards cards();

  AuditLog auditLog();

  Sessions sessions();

  IdempotencyStore idempotency();
}
