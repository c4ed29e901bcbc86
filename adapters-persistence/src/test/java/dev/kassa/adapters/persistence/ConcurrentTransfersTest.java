package dev.kassa.adapters.persistence;

import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.contract.Race;
import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.application.testdata.TestMoney;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Posting;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.ledger.Transfer;
import dev.kassa.domain.ledger.TransferId;
import dev.kassa.domain.ledger.TransferStatus;
import dev.kassa.domain.shared.Money;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Many threads move money between a few hot accounts, as the transfer use case does (read both
 * accounts, post, record the transfer) and sometimes locking the accounts first in a careless
 * order, so that PostgreSQL reports deadlocks the unit of work must absorb by running the
 * transaction again. Money is conserved.
 */
class ConcurrentTransfersTest {

  private static final int ACCOUNTS = 6;
  private static final int THREADS = 10;
  private static final int MOVES_PER_THREAD = 30;

  private final DataSource dataSource = TestDatabase.freshDataSource();
  private final JooqPorts ports = JooqPorts.over(dataSource, JooqPortsUnderTest.CLOCK);

  @Test
  void concurrentTransfersConserveMoneyAndLeaveAVerifiedLedger() {
    var seed = System.nanoTime();
    System.out.println("ConcurrentTransfersTest seed: " + seed);
    var root = new SplittableRandom(seed);
    var money = new LedgerFixture(ports.transactions(), ports.accounts(), ports.ledger());
    var accounts = IntStream.range(0, ACCOUNTS).mapToObj(i -> newAccount()).toList();
    accounts.forEach(account -> money.deposit(account.id(), eur(100)));
    var randoms = IntStream.range(0, THREADS).mapToObj(i -> root.split()).toList();

    var outcomes =
        Race.run(
            THREADS,
            runner -> {
              var random = randoms.get(runner);
              int posted = 0;
              for (int i = 0; i < MOVES_PER_THREAD; i++) {
                try {
                  move(accounts, random);
                  posted++;
                } catch (ConflictException e) {
                  assertThat(e.code()).isEqualTo("insufficient_funds");
                }
              }
              return posted;
            });

    assertThat(outcomes).as("seed %d", seed).allMatch(Race.Outcome::succeeded);
    var posted = outcomes.stream().mapToInt(Race.Outcome::value).sum();
    var balances = accounts.stream().map(a -> ports.accounts().find(a.id()).orElseThrow()).toList();
    assertThat(balances.stream().mapToLong(Account::balance).sum())
        .as("seed %d", seed)
        .isEqualTo(eur(100).minor() * ACCOUNTS);
    assertThat(balances).allMatch(account -> account.balance() >= 0);
    balances.forEach(this::assertLinesChainUpToTheBalance);
    var verification = ports.ledger().verify();
    assertThat(verification.problems()).as("seed %d", seed).isEmpty();
    assertThat(verification.checkedEntries()).isEqualTo(ACCOUNTS + posted);
  }

  private void move(List<Account> accounts, SplittableRandom random) {
    int from = random.nextInt(ACCOUNTS);
    int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
    var source = accounts.get(from).id();
    var destination = accounts.get(to).id();
    var amount = Money.of(1 + random.nextLong(4_000), TestMoney.EUR);
    ports
        .transactions()
        .run(
            () -> {
              // Decided per attempt: a transaction run again after a deadlock is not bound to
              // recreate the same careless lock order every time.
              if (random.nextInt(16) == 0) {
                ports.accounts().lock(destination);
                ports.accounts().lock(source);
              } else {
                ports.accounts().find(source).orElseThrow().requireActive();
                ports.accounts().find(destination).orElseThrow().requireActive();
              }
              var transferId = TransferId.newId();
              var entry = entry(source, destination, amount, transferId);
              ports.ledger().post(entry);
              ports
                  .transfers()
                  .add(
                      new Transfer(
                          transferId,
                          source,
                          destination,
                          amount,
                          null,
                          TransferStatus.COMPLETED,
                          entry.id(),
                          entry.createdAt()));
            });
  }

  private static JournalEntry entry(
      AccountId from, AccountId to, Money amount, TransferId transferId) {
    return new JournalEntry(
        EntryId.newId(),
        amount.currency(),
        List.of(
            new Posting(from, TransactionType.TRANSFER_OUT, -amount.minor()),
            new Posting(to, TransactionType.TRANSFER_IN, amount.minor())),
        null,
        new Reference("transfer", transferId.value()),
        TestTime.now());
  }

  /**
   * In the order the lines were written (under the account's lock), each line's balance is the
   * previous one's plus its amount, and the last one is the account's balance.
   */
  private void assertLinesChainUpToTheBalance(Account account) {
    var sql = DSL.using(dataSource, SQLDialect.POSTGRES);
    var broken =
        sql.fetchValue(
            "select count(*) from (select balance_after, amount,"
                + " lag(balance_after, 1, 0::bigint) over (order by seq) as before"
                + " from postings where account_id = ?) lines"
                + " where balance_after <> before + amount",
            account.id().value());
    var last =
        sql.fetchValue(
            "select balance_after from postings where account_id = ? order by seq desc limit 1",
            account.id().value());
    assertThat(((Number) broken).longValue()).isZero();
    assertThat(((Number) last).longValue()).isEqualTo(account.balance());
  }

  private Account newAccount() {
    return JooqPortsUnderTest.newAccount(ports);
  }
}
