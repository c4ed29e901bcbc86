package dev.kassa.application.accounts;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.AccountEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Map;

/** Renames an account and/or freezes or unfreezes it, under the account's row lock. */
public final class UpdateAccount {

  /** At least one of {@code name} and {@code status} is given; closing is not a status change. */
  public record Command(String name, AccountStatus status) {
    public Command {
      new ValidationException.Collector()
          .check(name != null || status != null, "name", "give a name or a status to change")
          .check(
              status != AccountStatus.CLOSED,
              "status",
              "must be active or frozen; close with DELETE")
          .throwIfAny();
    }
  }

  private final Transactions transactions;
  private final Accounts accounts;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final Clock clock;

  public UpdateAccount(
      Transactions transactions, Accounts accounts, AuditLog auditLog, Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.accounts = accounts;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Account execute(Actor actor, AccountId id, Command command) {
    return transactions.inTransaction(
        () -> {
          var current = AccountLookup.lockedVisible(accounts, actor, id);
          var changed = command.name() == null ? current : current.rename(command.name());
          if (command.status() != null && command.status() != current.status()) {
            changed = changed.changeStatus(command.status());
            outbox.append(AccountEvents.statusChanged(current, changed, clock.instant()));
            auditLog.record(
                AuditEvent.of(
                    AuditTypes.ACCOUNT_STATUS_CHANGED,
                    actor.id(),
                    "account",
                    id,
                    Map.of("from", current.status().code(), "to", changed.status().code()),
                    clock.instant()));
          }
          accounts.update(changed);
          return changed;
        });
  }
}
