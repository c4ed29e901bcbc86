package dev.kassa.adapters.memory;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.Transfer;
import dev.kassa.domain.ledger.TransferId;
import dev.kassa.domain.ledger.Transfers;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.util.Comparator;
import java.util.Optional;

/** Completed transfers in memory; who is involved is read from the accounts at query time. */
public final class InMemoryTransfers implements Transfers {

  private static final Comparator<Transfer> NEWEST_FIRST =
      Comparator.comparing(Transfer::createdAt).thenComparing(Transfer::id).reversed();

  private final InMemoryAccounts accounts;
  private final Table<TransferId, Transfer> transfers;

  public InMemoryTransfers(InMemoryTransactions transactions, InMemoryAccounts accounts) {
    this.accounts = accounts;
    this.transfers = new Table<>(transactions);
  }

  @Override
  public void add(Transfer transfer) {
    if (!transfers.insert(transfer.id(), transfer)) {
      throw new IllegalArgumentException("transfer " + transfer.id() + " exists already");
    }
  }

  @Override
  public Optional<Transfer> find(TransferId id) {
    return transfers.find(id);
  }

  @Override
  public Page<Transfer> pageInvolving(UserId owner, PageRequest request) {
    var involving =
        transfers
            .rows()
            .filter(
                transfer ->
                    ownedBy(transfer.fromAccountId(), owner)
                        || ownedBy(transfer.toAccountId(), owner))
            .sorted(NEWEST_FIRST)
            .toList();
    return Page.slice(involving, request);
  }

  private boolean ownedBy(AccountId account, UserId owner) {
    return accounts.find(account).map(Account::ownerId).filter(owner::equals).isPresent();
  }
}
