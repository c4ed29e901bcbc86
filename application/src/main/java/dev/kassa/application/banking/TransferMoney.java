package dev.kassa.application.banking;

import dev.kassa.application.accounts.AccountLookup;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.LedgerEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.LockedAccounts;
import dev.kassa.domain.ledger.Posting;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.ledger.Transfer;
import dev.kassa.domain.ledger.TransferId;
import dev.kassa.domain.ledger.TransferStatus;
import dev.kassa.domain.ledger.Transfers;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Moves money from the caller's account to any active customer account in the same currency, as one
 * journal entry: both lines or none. The accounts are read once, under their locks, for both the
 * caller's checks and the posting.
 */
public final class TransferMoney {

  public record Command(
      AccountId fromAccountId, AccountId toAccountId, Money amount, String description) {
    public Command {
      var problems =
          new ValidationException.Collector()
              .require(fromAccountId, "fromAccountId")
              .require(toAccountId, "toAccountId")
              .check(
                  fromAccountId == null || !fromAccountId.equals(toAccountId),
                  "toAccountId",
                  "must differ from fromAccountId");
      Descriptions.requirePositive(amount, problems);
      description = Descriptions.check(description, problems);
      problems.throwIfAny();
    }

    /** The accounts the transfer locks, as its unit of work names them. */
    public List<AccountId> accounts() {
      return List.of(fromAccountId, toAccountId);
    }
  }

  private final Transactions transactions;
  private final Ledger ledger;
  private final Transfers transfers;
  private final Outbox outbox;
  private final Clock clock;

  public TransferMoney(
      Transactions transactions, Ledger ledger, Transfers transfers, Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.ledger = ledger;
    this.transfers = transfers;
    this.clock = clock;
  }

  public Transfer execute(Actor actor, Command command) {
    return transactions.inTransaction(
        command.accounts(),
        () -> {
          var now = clock.instant();
          var transferId = TransferId.newId();
          var posted =
              ledger.post(
                  List.of(command.fromAccountId(), command.toAccountId()),
                  locked -> entry(actor, command, locked, transferId, now));
          var transfer =
              new Transfer(
                  transferId,
                  command.fromAccountId(),
                  command.toAccountId(),
                  command.amount(),
                  command.description(),
                  TransferStatus.COMPLETED,
                  posted.entry().id(),
                  now);
          transfers.add(transfer);
          outbox.appendFirst(LedgerEvents.transferCompleted(transfer, now));
          return transfer;
        });
  }

  /**
   * The transfer's entry, once the accounts as read under their locks allow it: the source is the
   * caller's, the destination exists, and both are in the amount's currency.
   */
  private static JournalEntry entry(
      Actor actor, Command command, LockedAccounts locked, TransferId transferId, Instant now) {
    var source = AccountLookup.owned(locked.byId(), actor, command.fromAccountId());
    var destination = AccountLookup.existing(locked.byId(), command.toAccountId());
    command.amount().requireCurrency(source.currency());
    if (!destination.currency().equals(source.currency())) {
      throw new CurrencyMismatchException(source.currency(), destination.currency());
    }
    var amount = command.amount().minor();
    return new JournalEntry(
        EntryId.newId(),
        source.currency(),
        List.of(
            new Posting(source.id(), TransactionType.TRANSFER_OUT, -amount),
            new Posting(destination.id(), TransactionType.TRANSFER_IN, amount)),
        command.description(),
        new Reference("transfer", transferId.value()),
        now);
  }
}
