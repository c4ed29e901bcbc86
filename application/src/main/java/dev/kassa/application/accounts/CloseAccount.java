package dev.kassa.application.accounts;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Map;

/**
 * Closes an account for good. Only an empty account (zero balance, no holds) closes; the check runs
 * under the account's row lock so no concurrent deposit can slip in.
 */
public final class CloseAccount {

  private final Transactions transactions;
  private final Accounts accounts;
  private final AuditLog auditLog;
  private final Clock clock;

  public CloseAccount(
      Transactions transactions, Accounts accounts, AuditLog auditLog, Clock clock) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Account execute(Actor actor, AccountId id) {
    return transactions.inTransaction(
        () -> {
          var current = AccountLookup.lockedVisible(accounts, actor, id);
          var closed = current.close();
          accounts.update(closed);
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.ACCOUNT_CLOSED,
                  actor.id(),
                  "account",
                  id,
                  Map.of("from", current.status().code()),
                  clock.instant()));
          return closed;
        });
  }
}
