package dev.kassa.adapters.memory;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.EntryPlan;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.HoldCapturePlan;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.ledger.HoldPlacement;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.LedgerVerification;
import dev.kassa.domain.ledger.LockedAccounts;
import dev.kassa.domain.ledger.PostedEntry;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The ledger in memory. Lines with the same {@code createdAt} keep the order in which they were
 * posted, so running balances read in order even under a fixed clock.
 */
public final class InMemoryLedger implements Ledger {

  /** What the seal chain calls a posting. */
  static final String SOURCE = "posting";

  private record Line(long sequence, AccountTransaction transaction) {}

  private static final Comparator<Line> OLDEST_FIRST =
      Comparator.comparing((Line line) -> line.transaction().createdAt())
          .thenComparingLong(Line::sequence);

  private final InMemoryTransactions transactions;
  private final InMemoryAccounts accounts;
  private final Table<TransactionId, Line> lines;
  private final AtomicLong sequence = new AtomicLong();
  private final InMemoryHolds holds;

  public InMemoryLedger(InMemoryTransactions transactions, InMemoryAccounts accounts) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.lines = new Table<>(transactions);
    this.holds = new InMemoryHolds(transactions, accounts, this::write);
  }

  /** Lets {@link EntryPlan} decide before writing anything, so a refused entry leaves no trace. */
  @Override
  public PostedEntry post(
      Collection<AccountId> ids, Function<LockedAccounts, JournalEntry> entryOf) {
    return transactions.inTransaction(
        () -> {
          var locked = accounts.lockAll(ids);
          var plan = EntryPlan.of(entryOf.apply(locked), locked);
          write(plan);
          return plan.posted();
        });
  }

  /** Units of work here run one at a time under one lock, which already excludes all others. */
  @Override
  public void lock(Collection<AccountId> ids) {
    // Nothing to take: the running unit of work holds the store's only lock.
  }

  @Override
  public Optional<AccountTransaction> transaction(TransactionId id) {
    return lines.find(id).map(Line::transaction);
  }

  @Override
  public Page<AccountTransaction> transactions(TransactionFilter filter, PageRequest request) {
    var matching =
        lines
            .rows()
            .filter(line -> matches(filter, line.transaction()))
            .sorted(OLDEST_FIRST.reversed())
            .map(Line::transaction)
            .toList();
    return Page.slice(matching, request);
  }

  @Override
  public List<AccountTransaction> lines(AccountId account, Instant from, Instant to) {
    return linesOf(account)
        .filter(line -> !line.transaction().createdAt().isBefore(from))
        .filter(line -> line.transaction().createdAt().isBefore(to))
        .sorted(OLDEST_FIRST)
        .map(Line::transaction)
        .toList();
  }

  @Override
  public Money balanceBefore(AccountId account, Instant at) {
    return sumOfLines(account, line -> line.createdAt().isBefore(at));
  }

  @Override
  public Money balanceAt(AccountId account, Instant at) {
    return sumOfLines(account, line -> !line.createdAt().isAfter(at));
  }

  private Money sumOfLines(AccountId account, Predicate<AccountTransaction> dated) {
    var currency =
        accounts
            .find(account)
            .orElseThrow(() -> new NotFoundException("account", account))
            .currency();
    var sum =
        linesOf(account)
            .map(Line::transaction)
            .filter(dated)
            .mapToLong(line -> line.amount().minor())
            .reduce(0, Math::addExact);
    return Money.of(sum, currency);
  }

  @Override
  public Hold placeHold(
      AccountId account,
      Money amount,
      Reference reference,
      String description,
      Instant now,
      Instant expiresAt) {
    return holds.place(
        account,
        locked -> HoldPlacement.place(locked, amount, reference, description, now, expiresAt));
  }

  @Override
  public PostedEntry captureHold(
      HoldId id,
      Money amount,
      AccountId destination,
      TransactionType debitType,
      TransactionType creditType,
      Instant now) {
    return holds.capture(
        id,
        destination,
        (hold, locked) ->
            HoldCapturePlan.plan(hold, locked, destination, amount, debitType, creditType, now));
  }

  @Override
  public Hold voidHold(HoldId id, Instant now) {
    return holds.voidHold(id);
  }

  @Override
  public List<Hold> expireHolds(Instant now) {
    return holds.expire(now);
  }

  @Override
  public Optional<Hold> hold(HoldId id) {
    return holds.hold(id);
  }

  /** Runs as a unit of work, so that it checks one consistent state. */
  @Override
  public LedgerVerification verify() {
    return transactions.inTransaction(
        () ->
            new LedgerCheck(
                    accounts.all(), lines.rows().map(Line::transaction).toList(), holds.pending())
                .run());
  }

  /** The postings written after {@code sequence}, for the seal chain. */
  Stream<JournalRow> journalRows(long sequence) {
    return lines
        .rows()
        .filter(line -> line.sequence() > sequence)
        .map(
            line ->
                new JournalRow(
                    SOURCE,
                    line.sequence(),
                    line.transaction().id().value(),
                    line.transaction().toString()));
  }

  private void write(EntryPlan plan) {
    plan.accounts().forEach(accounts::storePosted);
    plan.lines().forEach(line -> lines.put(line.id(), new Line(sequence.incrementAndGet(), line)));
  }

  private Stream<Line> linesOf(AccountId account) {
    return lines.rows().filter(line -> line.transaction().accountId().equals(account));
  }

  private boolean matches(TransactionFilter filter, AccountTransaction line) {
    return (filter.accountId() == null || filter.accountId().equals(line.accountId()))
        && (filter.type() == null || filter.type() == line.type())
        && (filter.from() == null || !line.createdAt().isBefore(filter.from()))
        && (filter.to() == null || line.createdAt().isBefore(filter.to()))
        && (filter.owner() == null || ownedBy(filter, line));
  }

  private boolean ownedBy(TransactionFilter filter, AccountTransaction line) {
    return accounts
        .find(line.accountId())
        .map(account -> filter.owner().equals(account.ownerId()))
        .orElse(false);
  }
}
