package dev.kassa.application.testdata;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.PostedEntry;
import dev.kassa.domain.ledger.Posting;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Moves money through the ledger for tests: deposits from the cash system account, transfers. */
public final class LedgerFixture {

  private final Transactions transactions;
  private final Accounts accounts;
  private final Ledger ledger;

  public LedgerFixture(Transactions transactions, Accounts accounts, Ledger ledger) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.ledger = ledger;
  }

  public PostedEntry deposit(AccountId account, Money amount) {
    return deposit(account, amount, TestTime.now());
  }

  /** Deposits cash: the per-currency CASH system account pays for it. */
  public PostedEntry deposit(AccountId account, Money amount, Instant at) {
    return transactions.inTransaction(
        () -> {
          var cash = accounts.systemAccount(AccountType.CASH, amount.currency());
          var entryId = EntryId.newId();
          var entry =
              new JournalEntry(
                  entryId,
                  amount.currency(),
                  List.of(
                      new Posting(account, TransactionType.DEPOSIT, amount.minor()),
                      new Posting(cash.id(), TransactionType.DEPOSIT, -amount.minor())),
                  "Test deposit",
                  new Reference("deposit", entryId.value()),
                  at);
          return ledger.post(entry);
        });
  }

  public PostedEntry transfer(AccountId from, AccountId to, Money amount, Instant at) {
    return transactions.inTransaction(() -> ledger.post(transferEntry(from, to, amount, at)));
  }

  /** A two-posting transfer entry, not yet posted. */
  public static JournalEntry transferEntry(AccountId from, AccountId to, Money amount, Instant at) {
    return JournalEntry.between(
        from,
        TransactionType.TRANSFER_OUT,
        to,
        TransactionType.TRANSFER_IN,
        amount.minor(),
        amount.currency(),
        "Test transfer",
        new Reference("transfer", UUID.randomUUID()),
        at);
  }
}
