package dev.kassa.application.contract;

import static dev.kassa.application.testdata.LedgerFixture.transferEntry;
import static dev.kassa.application.testdata.TestMoney.eur;
import static dev.kassa.application.testdata.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestMoney;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.LockedAccounts;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.ledger.TransactionId;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.kassa.domain.ledger.Ledger} adapter must do: post entries all or nothing,
 * answer queries about the lines of fresh accounts, verify itself, and keep money under concurrent
 * transfers.
 */
public abstract class LedgerContract extends PortContract {

  @Test
  void postAppliesEveryPostingAndWritesTheBalanceAfterIt() {
    var from = newAccount(newOwner());
    var to = newAccount(newOwner());
    money.deposit(from.id(), eur(100));
    var entry = transferEntry(from.id(), to.id(), eur(30, 50), TestTime.now());

    var posted = inTx(() -> world.ledger().post(entry));

    var out = posted.lineFor(from.id());
    assertThat(out.amount()).isEqualTo(eur(30, 50).negate());
    assertThat(out.balanceAfter()).isEqualTo(eur(69, 50));
    assertThat(out.type()).isEqualTo(TransactionType.TRANSFER_OUT);
    assertThat(out.entryId()).isEqualTo(entry.id());
    assertThat(out.description()).isEqualTo(entry.description());
    assertThat(out.reference()).isEqualTo(entry.reference());
    assertThat(out.createdAt()).isEqualTo(entry.createdAt());
    var in = posted.lineFor(to.id());
    assertThat(in.amount()).isEqualTo(eur(30, 50));
    assertThat(in.balanceAfter()).isEqualTo(eur(30, 50));
    assertThat(in.type()).isEqualTo(TransactionType.TRANSFER_IN);
    assertThat(posted.entry()).isEqualTo(entry);
    assertThat(balanceOf(from.id())).isEqualTo(eur(69, 50).minor());
    assertThat(balanceOf(to.id())).isEqualTo(eur(30, 50).minor());
    assertThat(world.ledger().transaction(out.id())).contains(out);
    assertThat(world.ledger().transaction(in.id())).contains(in);
  }

  @Test
  void postMakesItsEntryFromTheAccountsAsReadUnderTheirLocks() {
    var from = newAccount(newOwner());
    var to = newAccount(newOwner());
    var missing = AccountId.newId();
    money.deposit(from.id(), eur(100));
    var seen = new ArrayList<LockedAccounts>();

    var posted =
        inTx(
            () ->
                world
                    .ledger()
                    .post(
                        List.of(to.id(), missing, from.id()),
                        locked -> {
                          seen.add(locked);
                          var balance = locked.get(from.id()).balanceMoney();
                          return transferEntry(from.id(), to.id(), balance, TestTime.now());
                        }));

    assertThat(seen)
        .singleElement()
        .satisfies(
            locked -> {
              assertThat(locked.byId()).containsOnlyKeys(from.id(), to.id());
              assertThat(locked.get(from.id()).balanceMoney()).isEqualTo(eur(100));
            });
    assertThat(posted.lineFor(from.id()).balanceAfter()).isEqualTo(eur(0));
    assertThat(balanceOf(to.id())).isEqualTo(eur(100).minor());
  }

  @Test
  void postWhoseEntryIsRefusedFromTheLockedAccountsWritesNothing() {
    var from = newAccount(newOwner());
    var to = newAccount(newOwner());
    money.deposit(from.id(), eur(10));
    var refusal = new NotFoundException("account", from.id());

    assertThatThrownBy(
            () ->
                inTx(
                    () ->
                        world
                            .ledger()
                            .post(
                                List.of(from.id(), to.id()),
                                locked -> {
                                  throw refusal;
                                })))
        .isSameAs(refusal);

    assertUntouched(from, eur(10), 1);
    assertUntouched(to, eur(0), 0);
  }

  @Test
  void postFailsWhenFundsAreInsufficientAndWritesNothing() {
    var from = newAccount(newOwner());
    var to = newAccount(newOwner());
    money.deposit(from.id(), eur(10));
    var entry = transferEntry(from.id(), to.id(), eur(10, 1), TestTime.now());

    assertThatThrownBy(() -> inTx(() -> world.ledger().post(entry)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));

    assertUntouched(from, eur(10), 1);
    assertUntouched(to, eur(0), 0);
  }

  @Test
  void postMaySpendTheWholeBalance() {
    var from = newAccount(newOwner());
    var to = newAccount(newOwner());
    money.deposit(from.id(), eur(10));

    var posted = money.transfer(from.id(), to.id(), eur(10), TestTime.now());

    assertThat(posted.lineFor(from.id()).balanceAfter()).isEqualTo(eur(0));
    assertThat(balanceOf(from.id())).isZero();
  }

  @Test
  void postRefusesAFrozenAccountOnEitherSide() {
    var active = newAccount(newOwner());
    var frozen = newAccount(newOwner());
    money.deposit(active.id(), eur(20));
    money.deposit(frozen.id(), eur(20));
    inTx(() -> world.accounts().update(reload(frozen.id()).changeStatus(AccountStatus.FROZEN)));

    assertThatThrownBy(() -> money.transfer(active.id(), frozen.id(), eur(5), TestTime.now()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
    assertThatThrownBy(() -> money.transfer(frozen.id(), active.id(), eur(5), TestTime.now()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));

    assertUntouched(active, eur(20), 1);
    assertUntouched(frozen, eur(20), 1);
  }

  @Test
  void postRefusesAnAccountInAnotherCurrency() {
    var euros = newAccount(newOwner());
    var dollars = newAccount(newOwner(), TestMoney.USD);
    money.deposit(euros.id(), eur(20));
    money.deposit(dollars.id(), usd(20));

    assertThatThrownBy(() -> money.transfer(euros.id(), dollars.id(), eur(5), TestTime.now()))
        .isInstanceOf(CurrencyMismatchException.class);

    assertUntouched(euros, eur(20), 1);
    assertUntouched(dollars, usd(20), 1);
  }

  @Test
  void postRefusesAnUnknownAccount() {
    var from = newAccount(newOwner());
    money.deposit(from.id(), eur(20));

    assertThatThrownBy(() -> money.transfer(from.id(), AccountId.newId(), eur(5), TestTime.now()))
        .isInstanceOf(NotFoundException.class);

    assertUntouched(from, eur(20), 1);
  }

  @Test
  void systemAccountsMayGoBelowZero() {
    var revenue = world.accounts().systemAccount(AccountType.MERCHANT_REVENUE, TestMoney.EUR);
    var customer = newAccount(newOwner());
    var before = balanceOf(revenue.id());
    var amount = Money.of(Math.max(before, 0) + 100, TestMoney.EUR);

    var posted = money.transfer(revenue.id(), customer.id(), amount, TestTime.now());

    assertThat(posted.lineFor(revenue.id()).balanceAfter().minor()).isEqualTo(-100);
    assertThat(balanceOf(revenue.id())).isEqualTo(-100);
    assertThat(balanceOf(customer.id())).isEqualTo(amount.minor());
  }

  @Test
  void postWithMoreThanTwoPostingsAppliesThemAll() {
    var payer = newAccount(newOwner());
    var first = newAccount(newOwner());
    var second = newAccount(newOwner());
    money.deposit(payer.id(), eur(50));
    var entry =
        new dev.kassa.domain.ledger.JournalEntry(
            dev.kassa.domain.ledger.EntryId.newId(),
            TestMoney.EUR,
            List.of(
                new dev.kassa.domain.ledger.Posting(payer.id(), TransactionType.PURCHASE, -3000),
                new dev.kassa.domain.ledger.Posting(first.id(), TransactionType.TRANSFER_IN, 1000),
                new dev.kassa.domain.ledger.Posting(
                    second.id(), TransactionType.TRANSFER_IN, 2000)),
            null,
            new dev.kassa.domain.ledger.Reference("order", java.util.UUID.randomUUID()),
            TestTime.now());

    var posted = inTx(() -> world.ledger().post(entry));

    assertThat(posted.lines()).hasSize(3);
    assertThat(posted.lineFor(payer.id()).balanceAfter()).isEqualTo(eur(20));
    assertThat(posted.lineFor(payer.id()).description()).isNull();
    assertThat(balanceOf(first.id())).isEqualTo(1000);
    assertThat(balanceOf(second.id())).isEqualTo(2000);
  }

  @Test
  void verifyFindsNoProblemAfterActivityAndCountsWhatItChecked() {
    var before = world.ledger().verify();
    var a = newAccount(newOwner());
    var b = newAccount(newOwner());
    money.deposit(a.id(), eur(40));
    money.transfer(a.id(), b.id(), eur(15), TestTime.now());
    assertThatThrownBy(() -> money.transfer(b.id(), a.id(), eur(16), TestTime.now()))
        .isInstanceOf(ConflictException.class);

    var after = world.ledger().verify();

    assertThat(after.problems()).isEmpty();
    assertThat(after.ok()).isTrue();
    assertThat(after.checkedAccounts()).isGreaterThanOrEqualTo(before.checkedAccounts() + 2);
    assertThat(after.checkedEntries()).isGreaterThanOrEqualTo(before.checkedEntries() + 2);
  }

  @Test
  void transactionsListAnOwnersLinesNewestFirstPageByPage() {
    var owner = newOwner();
    var a = newAccount(owner);
    var b = newAccount(owner);
    var stranger = newAccount(newOwner());
    var base = TestTime.now();
    var deposit = money.deposit(a.id(), eur(50), base);
    var between = money.transfer(a.id(), b.id(), eur(10), base.plusSeconds(1));
    var out = money.transfer(a.id(), stranger.id(), eur(5), base.plusSeconds(2));
    money.deposit(stranger.id(), eur(7), base.plusSeconds(3));

    var first = world.ledger().transactions(TransactionFilter.ofOwner(owner), PageRequest.first(2));
    var last = world.ledger().transactions(TransactionFilter.ofOwner(owner), new PageRequest(2, 3));
    var all = allPages(page -> world.ledger().transactions(TransactionFilter.ofOwner(owner), page));

    assertThat(first.total()).isEqualTo(4);
    assertThat(first.items()).hasSize(2);
    assertThat(first.items().getFirst()).isEqualTo(out.lineFor(a.id()));
    assertThat(last.items()).containsExactly(deposit.lineFor(a.id()));
    assertThat(all)
        .extracting(AccountTransaction::createdAt)
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(all)
        .extracting(AccountTransaction::id)
        .containsExactlyInAnyOrder(
            deposit.lineFor(a.id()).id(),
            between.lineFor(a.id()).id(),
            between.lineFor(b.id()).id(),
            out.lineFor(a.id()).id());
  }

  @Test
  void transactionsFilterByAccountTypeAndTimeWindow() {
    var owner = newOwner();
    var a = newAccount(owner);
    var other = newAccount(newOwner());
    var base = TestTime.now();
    var d0 = money.deposit(a.id(), eur(1), base).lineFor(a.id());
    var d1 = money.deposit(a.id(), eur(2), base.plusSeconds(1)).lineFor(a.id());
    var d2 = money.deposit(a.id(), eur(3), base.plusSeconds(2)).lineFor(a.id());
    var t3 = money.transfer(a.id(), other.id(), eur(4), base.plusSeconds(3)).lineFor(a.id());

    assertThat(query(new TransactionFilter(null, a.id(), TransactionType.DEPOSIT, null, null)))
        .containsExactly(d2, d1, d0);
    assertThat(query(new TransactionFilter(null, a.id(), null, d1.createdAt(), t3.createdAt())))
        .containsExactly(d2, d1);
    assertThat(query(new TransactionFilter(owner, null, TransactionType.TRANSFER_OUT, null, null)))
        .containsExactly(t3);
    assertThat(query(new TransactionFilter(owner, other.id(), null, null, null))).isEmpty();
    assertThat(query(TransactionFilter.ofOwner(UserId.newId()))).isEmpty();
  }

  @Test
  void linesReturnTheWindowOldestFirstFromInclusiveToExclusive() {
    var a = newAccount(newOwner());
    var base = TestTime.now();
    var l0 = money.deposit(a.id(), eur(1), base).lineFor(a.id());
    var l1 = money.deposit(a.id(), eur(2), base.plusSeconds(1)).lineFor(a.id());
    var l2 = money.deposit(a.id(), eur(3), base.plusSeconds(2)).lineFor(a.id());

    assertThat(world.ledger().lines(a.id(), base, l2.createdAt())).containsExactly(l0, l1);
    assertThat(world.ledger().lines(a.id(), l1.createdAt(), FAR_AHEAD)).containsExactly(l1, l2);
    assertThat(world.ledger().lines(a.id(), LONG_AGO, base)).isEmpty();
    assertThat(world.ledger().lines(a.id(), LONG_AGO, FAR_AHEAD))
        .extracting(AccountTransaction::balanceAfter)
        .containsExactly(eur(1), eur(3), eur(6));
  }

  @Test
  void balanceBeforeSumsTheEarlierPostingsOnly() {
    var a = newAccount(newOwner());
    var other = newAccount(newOwner());
    var base = TestTime.now();
    money.deposit(a.id(), eur(10), base);
    money.deposit(a.id(), eur(20), base.plusSeconds(1));
    money.transfer(a.id(), other.id(), eur(5), base.plusSeconds(2));

    assertThat(world.ledger().balanceBefore(a.id(), base)).isEqualTo(eur(0));
    assertThat(world.ledger().balanceBefore(a.id(), base.plus(Duration.ofNanos(1000))))
        .isEqualTo(eur(10));
    assertThat(world.ledger().balanceBefore(a.id(), base.plusSeconds(1))).isEqualTo(eur(10));
    assertThat(world.ledger().balanceBefore(a.id(), base.plusSeconds(2))).isEqualTo(eur(30));
    assertThat(world.ledger().balanceBefore(a.id(), FAR_AHEAD)).isEqualTo(eur(25));
  }

  @Test
  void unknownTransactionIsNotFound() {
    assertThat(world.ledger().transaction(TransactionId.newId())).isEmpty();
  }

  @Test
  void concurrentRandomTransfersKeepTheTotalAndNeverOverdraw() {
    var seed = System.nanoTime();
    System.out.println("LedgerContract concurrent transfers seed: " + seed);
    var root = new SplittableRandom(seed);
    var owner = newOwner();
    var accounts = IntStream.range(0, 4).mapToObj(i -> newAccount(owner)).toList();
    accounts.forEach(account -> money.deposit(account.id(), eur(100)));
    var randoms = IntStream.range(0, 8).mapToObj(i -> root.split()).toList();

    var outcomes =
        Race.run(
            8,
            runner -> {
              var random = randoms.get(runner);
              int refused = 0;
              for (int i = 0; i < 40; i++) {
                int from = random.nextInt(4);
                int to = (from + 1 + random.nextInt(3)) % 4;
                var amount = Money.of(1 + random.nextLong(6000), TestMoney.EUR);
                var entry =
                    transferEntry(
                        accounts.get(from).id(), accounts.get(to).id(), amount, TestTime.now());
                try {
                  inTx(() -> world.ledger().post(entry));
                } catch (ConflictException e) {
                  if (!e.code().equals("insufficient_funds")) {
                    throw e;
                  }
                  refused++;
                }
              }
              return refused;
            });

    assertThat(outcomes)
        .as("seed %d", seed)
        .allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
    var balances = accounts.stream().map(account -> balanceOf(account.id())).toList();
    assertThat(balances.stream().mapToLong(Long::longValue).sum())
        .as("seed %d", seed)
        .isEqualTo(eur(400).minor());
    assertThat(balances).as("seed %d", seed).allMatch(balance -> balance >= 0);
    for (var account : accounts) {
      assertThat(world.ledger().balanceBefore(account.id(), FAR_AHEAD))
          .as("seed %d", seed)
          .isEqualTo(reload(account.id()).balanceMoney());
    }
    assertThat(world.ledger().verify().problems()).as("seed %d", seed).isEmpty();
  }

  private List<AccountTransaction> query(TransactionFilter filter) {
    return world.ledger().transactions(filter, PageRequest.first(PageRequest.MAX_LIMIT)).items();
  }

  /** The account still has its balance and exactly {@code lines} log lines. */
  protected void assertUntouched(Account account, Money balance, int lines) {
    assertThat(reload(account.id()).balanceMoney()).isEqualTo(balance);
    List<AccountTransaction> written = world.ledger().lines(account.id(), LONG_AGO, FAR_AHEAD);
    assertThat(written).hasSize(lines);
    var page =
        world
            .ledger()
            .transactions(
                new dev.kassa.domain.ledger.TransactionFilter(null, account.id(), null, null, null),
                PageRequest.first(10));
    assertThat(page.total()).isEqualTo(lines);
  }
}
