package dev.kassa.application.banking;

import dev.kassa.application.accounts.AccountLookup;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.LedgerEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Posting;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.List;

/**
 * Deposits cash into, or withdraws cash from, the caller's account. The other side of the entry is
 * the per-currency cash system account, so the ledger stays balanced.
 */
public final class PostCashTransaction {

  /** Which way the cash goes. */
  public enum Kind {
    DEPOSIT,
    WITHDRAWAL
  }

  public record Command(AccountId accountId, Kind kind, Money amount, String description) {
    public Command {
      var problems =
          new ValidationException.Collector().require(accountId, "accountId").require(kind, "type");
      Descriptions.requirePositive(amount, problems);
      description = Descriptions.check(description, problems);
      problems.throwIfAny();
    }

    /** The customer's account, as the unit of work names it. */
    public List<AccountId> accounts() {
      return List.of(accountId);
    }
  }

  private final Transactions transactions;
  private final Accounts accounts;
  private final Ledger ledger;
  private final Outbox outbox;
  private final Clock clock;

  public PostCashTransaction(
      Transactions transactions, Accounts accounts, Ledger ledger, Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.accounts = accounts;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Returns the line written on the caller's account. The account is named as a lock of the unit of
   * work, so that a batch locks it with the others it names, in ascending order, before its first
   * unit runs; the cash account of its currency is locked as the entry is posted.
   */
  public AccountTransaction execute(Actor actor, Command command) {
    return transactions.inTransaction(
        command.accounts(),
        () -> {
          var account = AccountLookup.owned(accounts, actor, command.accountId());
          command.amount().requireCurrency(account.currency());
          var cash = accounts.systemAccount(AccountType.CASH, account.currency());
          var deposit = command.kind() == Kind.DEPOSIT;
          var type = deposit ? TransactionType.DEPOSIT : TransactionType.WITHDRAWAL;
          var amount = command.amount().minor();
          var intoAccount = deposit ? amount : -amount;
          var entryId = EntryId.newId();
          var now = clock.instant();
          var entry =
              new JournalEntry(
                  entryId,
                  account.currency(),
                  List.of(
                      new Posting(account.id(), type, intoAccount),
                      new Posting(cash.id(), type, -intoAccount)),
                  command.description(),
                  new Reference(type.code(), entryId.value()),
                  now);
          var line = ledger.post(entry).lineFor(account.id());
          outbox.appendFirst(LedgerEvents.transactionPosted(line, now));
          return line;
        });
  }
}
