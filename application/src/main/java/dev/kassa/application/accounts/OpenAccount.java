package dev.kassa.application.accounts;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountType;
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
import java.util.Currency;
import java.util.Map;

/** Opens a checking or savings account for the caller, empty and active. */
public final class OpenAccount {

  /** {@code name} is optional; a default naming the type and currency is used without it. */
  public record Command(AccountType type, Currency currency, String name) {
    public Command {
      new ValidationException.Collector()
          .require(type, "type")
          .require(currency, "currency")
          .throwIfAny();
    }
  }

  private final Transactions transactions;
  private final Accounts accounts;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final Clock clock;

  public OpenAccount(
      Transactions transactions, Accounts accounts, AuditLog auditLog, Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.accounts = accounts;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Account execute(Actor actor, Command command) {
    var now = clock.instant();
    var account = Account.open(actor.id(), command.type(), command.currency(), command.name(), now);
    return transactions.inTransaction(
        () -> {
          accounts.add(account);
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.ACCOUNT_OPENED,
                  actor.id(),
                  "account",
                  account.id(),
                  Map.of(
                      "type", account.type().code(),
                      "currency", account.currency().getCurrencyCode()),
                  now));
          outbox.append(AccountEvents.opened(account, now));
          return account;
        });
  }
}
