package dev.kassa.adapters.persistence;

import static dev.kassa.application.contract.BatchGate.answer;
import static dev.kassa.application.testdata.LedgerFixture.transferEntry;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.persistence.testing.StatementCounter;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.auth.CallerChecks;
import dev.kassa.application.batching.BatchingTransactions;
import dev.kassa.application.contract.BatchGate;
import dev.kassa.application.idempotency.Idempotency;
import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.auth.AccessTokenKey;
import dev.kassa.domain.auth.Session;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.Reference;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Batches run as grouped units of work on PostgreSQL: the ledger's writes of a whole batch are held
 * back and written together, each account once with its last balance, and a unit refused inside the
 * batch leaves nothing of itself, whether its writes were held back or (after it wrote directly)
 * the batch has to run again unit by unit.
 */
class GroupedLedgerOnPostgresTest {

  private static final Instant FAR_AHEAD = Instant.parse("2999-01-01T00:00:00Z");

  private final DataSource dataSource = TestDatabase.freshDataSource();
  private final StatementCounter statements = new StatementCounter(dataSource);
  private final JooqPorts ports = JooqPorts.over(statements.dataSource(), JooqPortsUnderTest.CLOCK);
  private final BatchingTransactions batching =
      new BatchingTransactions(
          ports.transactions(), ports.ledger(), ports.tokenHolders(), ports.idempotency());
  private final LedgerFixture money =
      new LedgerFixture(ports.transactions(), ports.accounts(), ports.ledger());

  @Test
  void aBatchWritesItsEntriesTogetherAndEachAccountOnceWithItsLastBalance() throws Throwable {
    var a = newAccount();
    var b = newAccount();
    var c = newAccount();
    money.deposit(a.id(), eur(100));

    try (var gate = BatchGate.hold(batching)) {
      var units =
          List.of(
              gate.queue(() -> transfer(a, b, 10)),
              gate.queue(() -> transfer(b, c, 5)),
              gate.queue(() -> transfer(a, c, 20)),
              gate.queue(() -> transfer(a, b, 30)));
      statements.reset();
      gate.release();
      for (var unit : units) {
        assertThat(answer(unit)).isEqualTo("posted");
      }
    }

    assertThat(statements.count())
        .as("the lock of a and b, the lock of c, then the balances, entries and postings")
        .isEqualTo(5);
    assertThat(balanceOf(a)).isEqualTo(eur(40).minor());
    assertThat(balanceOf(b)).isEqualTo(eur(35).minor());
    assertThat(balanceOf(c)).isEqualTo(eur(25).minor());
    assertThat(lines(b))
        .extracting(line -> line.balanceAfter().minor())
        .containsExactly(eur(10).minor(), eur(5).minor(), eur(35).minor());
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aBatchLocksEveryAccountItsUnitsNameInOneStatementBeforeItsFirstUnitRuns() throws Throwable {
    var a = newAccount();
    var b = newAccount();
    var c = newAccount();
    var d = newAccount();
    money.deposit(a.id(), eur(100));
    money.deposit(c.id(), eur(100));
    var firstRan = new AtomicBoolean();

    try (var other = dataSource.getConnection();
        var gate = BatchGate.hold(batching)) {
      other.setAutoCommit(false);
      lock(other, d);
      var first =
          gate.queue(
              List.of(a.id(), b.id()),
              () -> {
                firstRan.set(true);
                return transfer(a, b, 10);
              });
      var second = gate.queue(List.of(c.id(), d.id()), () -> transfer(c, d, 20));
      statements.reset();
      gate.open();
      awaitALockWait();
      assertThat(firstRan)
          .as("the batch waits for d, which its second unit names, before its first unit runs")
          .isFalse();
      other.commit();

      assertThat(answer(first)).isEqualTo("posted");
      assertThat(answer(second)).isEqualTo("posted");
    }

    assertThat(statements.count())
        .as("the lock of a, b, c and d, then the balances, entries and postings")
        .isEqualTo(4);
    assertThat(balanceOf(b)).isEqualTo(eur(10).minor());
    assertThat(balanceOf(d)).isEqualTo(eur(20).minor());
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aBatchReadsItsCallersTokenHoldersInOneStatementAndARevokedCallerIsRefusedAlone()
      throws Throwable {
    var a = newAccount();
    var b = newAccount();
    money.deposit(a.id(), eur(100));
    var checks = new CallerChecks(ports.transactions()).over(batching);
    var revoked = new AccessTokenKey(sessionOf(a), "revoked-" + UUID.randomUUID());
    ports.transactions().run(() -> ports.sessions().revokeAccessToken(revoked.jti(), FAR_AHEAD));

    try (var gate = BatchGate.hold(batching)) {
      var units = new ArrayList<CompletableFuture<String>>();
      for (int i = 0; i < 3; i++) {
        var caller = new AccessTokenKey(sessionOf(a), "jti-" + UUID.randomUUID());
        units.add(gate.enter(() -> checkedTransfer(checks, caller, a, b)));
      }
      var refused = gate.enter(() -> checkedTransfer(checks, revoked, a, b));
      statements.reset();
      gate.release();

      for (var unit : units) {
        assertThat(answer(unit)).isEqualTo("posted");
      }
      assertThatThrownBy(() -> answer(refused)).isInstanceOf(UnauthenticatedException.class);
    }

    assertThat(statements.count())
        .as(
            "the token holders of the four callers, the lock of a and b, then the balances,"
                + " entries and postings")
        .isEqualTo(5);
    assertThat(balanceOf(b)).isEqualTo(eur(30).minor());
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aBatchLocksItsIdempotencyKeysAndReadsTheirRecordsAtOnceAndStoresTheAnswersTogether()
      throws Throwable {
    var a = newAccount();
    var b = newAccount();
    var c = newAccount();
    money.deposit(a.id(), eur(100));
    var idempotency = new Idempotency(batching, ports.idempotency(), JooqPortsUnderTest.CLOCK);
    var caller = a.ownerId();
    var moves = List.of(List.of(a, b), List.of(b, c), List.of(a, c), List.of(a, b));

    try (var gate = BatchGate.hold(batching)) {
      var units = new ArrayList<CompletableFuture<Idempotency.Outcome>>();
      for (int i = 0; i < moves.size(); i++) {
        var move = moves.get(i);
        var request = new Idempotency.Request(caller, new IdempotencyKey("k" + i), "move " + i);
        units.add(
            gate.enter(
                () -> idempotency.run(request, accountsOf(move), keyedTransfer(move), e -> null)));
      }
      var repeated =
          gate.enter(
              () ->
                  idempotency.run(
                      new Idempotency.Request(caller, new IdempotencyKey("k0"), "move 0"),
                      accountsOf(moves.getFirst()),
                      keyedTransfer(moves.getFirst()),
                      e -> null));
      statements.reset();
      gate.release();

      for (var unit : units) {
        assertThat(answer(unit)).isEqualTo(new Idempotency.Outcome(POSTED, false));
      }
      assertThat(answer(repeated)).isEqualTo(new Idempotency.Outcome(POSTED, true));
    }

    assertThat(statements.count())
        .as(
            "the locks of the keys, their records, the lock of the accounts they name, then the"
                + " balances, entries, postings and the keys' records")
        .isEqualTo(7);
    assertThat(balanceOf(a)).isEqualTo(eur(85).minor());
    assertThat(balanceOf(b)).isEqualTo(eur(5).minor());
    assertThat(balanceOf(c)).isEqualTo(eur(10).minor());
    for (int i = 0; i < moves.size(); i++) {
      assertThat(ports.idempotency().find(caller, new IdempotencyKey("k" + i)))
          .get()
          .satisfies(
              stored -> {
                assertThat(stored.response()).isEqualTo(POSTED);
                assertThat(stored.requestFingerprint()).startsWith("move ");
              });
    }
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aUnitRefusedInItsBatchLeavesNothingOfItselfAndTheNextSeesTheBalanceWithoutIt()
      throws Throwable {
    var a = newAccount();
    var b = newAccount();
    money.deposit(a.id(), eur(100));

    try (var gate = BatchGate.hold(batching)) {
      var first = gate.queue(() -> transfer(a, b, 60));
      var overdrawn = gate.queue(() -> transfer(a, b, 50));
      var refusedAfterPosting =
          gate.queue(
              () -> {
                transfer(a, b, 30);
                throw ConflictException.invalidStateTransition("posted", "refused");
              });
      var last = gate.queue(() -> transfer(a, b, 40));
      gate.release();

      assertThat(answer(first)).isEqualTo("posted");
      assertThatThrownBy(() -> answer(overdrawn))
          .isInstanceOfSatisfying(
              ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
      assertThatThrownBy(() -> answer(refusedAfterPosting))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
      assertThat(answer(last)).isEqualTo("posted");
    }

    assertThat(balanceOf(a)).isZero();
    assertThat(balanceOf(b)).isEqualTo(eur(100).minor());
    assertThat(lines(b))
        .extracting(line -> line.balanceAfter().minor())
        .containsExactly(eur(60).minor(), eur(100).minor());
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aUnitRefusedAfterWritingDirectlyRunsItsBatchAgainUnitByUnit() throws Throwable {
    var a = newAccount();
    var b = newAccount();
    money.deposit(a.id(), eur(100));

    try (var gate = BatchGate.hold(batching)) {
      var first = gate.queue(() -> transfer(a, b, 10));
      var refusedAfterHold =
          gate.queue(
              () -> {
                placeHold(a, 5);
                throw ConflictException.invalidStateTransition("held", "refused");
              });
      var last = gate.queue(() -> transfer(a, b, 20));
      gate.release();

      assertThat(answer(first)).isEqualTo("posted");
      assertThatThrownBy(() -> answer(refusedAfterHold))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
      assertThat(answer(last)).isEqualTo("posted");
    }

    var after = ports.accounts().find(a.id()).orElseThrow();
    assertThat(after.balance()).isEqualTo(eur(70).minor());
    assertThat(after.held()).isZero();
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aHoldInABatchSeesTheEntriesBeforeItAndTheEntriesAfterItSeeTheHold() throws Throwable {
    var a = newAccount();
    var b = newAccount();
    money.deposit(a.id(), eur(100));

    try (var gate = BatchGate.hold(batching)) {
      var first = gate.queue(() -> transfer(a, b, 60));
      var hold = gate.queue(() -> placeHold(a, 30));
      var beyondTheHold = gate.queue(() -> transfer(a, b, 20));
      var withinIt = gate.queue(() -> transfer(a, b, 10));
      gate.release();

      assertThat(answer(first)).isEqualTo("posted");
      assertThat(answer(hold)).isEqualTo("held");
      assertThatThrownBy(() -> answer(beyondTheHold))
          .isInstanceOfSatisfying(
              ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
      assertThat(answer(withinIt)).isEqualTo("posted");
    }

    var after = ports.accounts().find(a.id()).orElseThrow();
    assertThat(after.balance()).isEqualTo(eur(30).minor());
    assertThat(after.held()).isEqualTo(eur(30).minor());
    assertThat(balanceOf(b)).isEqualTo(eur(70).minor());
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aBatchSchedulesItsEventsDeliveriesTogetherAndARefusedUnitLeavesNoEventOrDelivery()
      throws Throwable {
    var a = newAccount();
    var b = newAccount();
    money.deposit(a.id(), eur(100));

    try (var gate = BatchGate.hold(batching)) {
      var first = gate.queue(() -> transferWithEvent(a, b, 10, "first"));
      var refused =
          gate.queue(
              () -> {
                transferWithEvent(a, b, 20, "refused");
                throw ConflictException.invalidStateTransition("announced", "refused");
              });
      var last = gate.queue(() -> transferWithEvent(a, b, 30, "last"));
      gate.release();

      assertThat(answer(first)).isEqualTo("posted");
      assertThatThrownBy(() -> answer(refused)).isInstanceOf(ConflictException.class);
      assertThat(answer(last)).isEqualTo("posted");
    }

    var claimed = ports.eventDeliveries().claim(100, TestTime.now(), Duration.ofMinutes(1));
    assertThat(claimed)
        .extracting(delivery -> delivery.event().subject() + "/" + delivery.delivery().subscriber())
        .containsExactlyInAnyOrder("first/inbox", "first/webhooks", "last/inbox", "last/webhooks");
    assertThat(ports.outbox().bySubject("refused")).isEmpty();
    assertThat(balanceOf(a)).isEqualTo(eur(60).minor());
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  @Test
  void theFirstEventsOfABatchAreInsertedTogetherWithTheirSubjectsAndARefusedOneLeavesNothing()
      throws Throwable {
    var a = newAccount();
    var b = newAccount();
    money.deposit(a.id(), eur(100));
    var first = "first-" + UUID.randomUUID();
    var refused = "refused-" + UUID.randomUUID();
    var last = "last-" + UUID.randomUUID();

    try (var gate = BatchGate.hold(batching)) {
      var firstUnit = gate.queue(() -> transferWithFirstEvent(a, b, 10, first));
      var refusedUnit =
          gate.queue(
              () -> {
                transferWithFirstEvent(a, b, 20, refused);
                throw ConflictException.invalidStateTransition("announced", "refused");
              });
      var lastUnit = gate.queue(() -> transferWithFirstEvent(a, b, 30, last));
      statements.reset();
      gate.release();

      assertThat(answer(firstUnit)).isEqualTo(1L);
      assertThatThrownBy(() -> answer(refusedUnit)).isInstanceOf(ConflictException.class);
      assertThat(answer(lastUnit)).isEqualTo(1L);
    }

    assertThat(statements.count())
        .as(
            "the lock of a and b, then the balances, entries, postings, subjects, events, deliveries")
        .isEqualTo(7);
    assertThat(sequencesOf(first)).containsExactly(1L);
    assertThat(sequencesOf(last)).containsExactly(1L);
    assertThat(ports.outbox().bySubject(refused)).isEmpty();
    assertThat(ports.outbox().append(event(last)).sequence())
        .as("the held-back subject's counter was written")
        .isEqualTo(2);
    var claimed = ports.eventDeliveries().claim(100, TestTime.now(), Duration.ofMinutes(1));
    assertThat(claimed)
        .extracting(delivery -> delivery.event().subject())
        .containsExactlyInAnyOrder(first, first, last, last);
    assertThat(balanceOf(a)).isEqualTo(eur(60).minor());
  }

  @Test
  void aFirstEventWhoseSubjectHasEventsAlreadyMakesItsBatchRunAgainUnitByUnit() throws Throwable {
    var a = newAccount();
    var b = newAccount();
    money.deposit(a.id(), eur(100));
    var used = "used-" + UUID.randomUUID();
    var fresh = "fresh-" + UUID.randomUUID();
    ports.outbox().append(event(used));

    try (var gate = BatchGate.hold(batching)) {
      var freshUnit = gate.queue(() -> transferWithFirstEvent(a, b, 10, fresh));
      var usedUnit = gate.queue(() -> transferWithFirstEvent(a, b, 20, used));
      gate.release();

      assertThat(answer(freshUnit)).isEqualTo(1L);
      assertThat(answer(usedUnit)).isEqualTo(2L);
    }

    assertThat(sequencesOf(used)).containsExactly(1L, 2L);
    assertThat(sequencesOf(fresh)).containsExactly(1L);
    assertThat(balanceOf(a)).isEqualTo(eur(70).minor());
    assertThat(ports.ledger().verify().problems()).isEmpty();
  }

  @Test
  void anAppendAfterAHeldBackFirstEventOfItsSubjectFollowsIt() throws Throwable {
    var a = newAccount();
    var b = newAccount();
    money.deposit(a.id(), eur(100));
    var subject = "followed-" + UUID.randomUUID();

    try (var gate = BatchGate.hold(batching)) {
      var opening =
          gate.queue(() -> transferWithFirstEvent(a, b, 10, "other-" + UUID.randomUUID()));
      var followed =
          gate.queue(
              () -> {
                transferWithFirstEvent(a, b, 20, subject);
                return ports.outbox().append(event(subject)).sequence();
              });
      gate.release();

      assertThat(answer(opening)).isEqualTo(1L);
      assertThat(answer(followed)).isEqualTo(2L);
    }

    assertThat(sequencesOf(subject)).containsExactly(1L, 2L);
    assertThat(balanceOf(a)).isEqualTo(eur(70).minor());
  }

  /**
   * A transfer announced by the first event of {@code subject}, which two subscribers are to
   * receive; returns the event's sequence.
   */
  private long transferWithFirstEvent(Account from, Account to, long minor, String subject) {
    transfer(from, to, minor);
    var stored = ports.outbox().appendFirst(event(subject));
    ports.eventDeliveries().schedule(stored, List.of("inbox", "webhooks"), TestTime.now());
    return stored.sequence();
  }

  /** The sequences of {@code subject}'s stored events, in order. */
  private List<Long> sequencesOf(String subject) {
    return ports.outbox().bySubject(subject).stream().map(StoredEvent::sequence).toList();
  }

  private static DomainEvent event(String subject) {
    return DomainEvent.of(EventType.TRANSFER_COMPLETED, subject, TestTime.now(), Map.of());
  }

  /** A transfer whose event, of subject {@code subject}, two subscribers are to receive. */
  private String transferWithEvent(Account from, Account to, long minor, String subject) {
    transfer(from, to, minor);
    var event = DomainEvent.of(EventType.TRANSFER_COMPLETED, subject, TestTime.now(), Map.of());
    var stored = ports.outbox().append(event);
    ports.eventDeliveries().schedule(stored, List.of("inbox", "webhooks"), TestTime.now());
    return "posted";
  }

  private static final StoredResponse POSTED = new StoredResponse(201, "posted");

  private static List<AccountId> accountsOf(List<Account> move) {
    return move.stream().map(Account::id).toList();
  }

  /** The effect of a keyed request: a transfer of 5 between the two accounts of {@code move}. */
  private Supplier<StoredResponse> keyedTransfer(List<Account> move) {
    return () -> new StoredResponse(201, transfer(move.getFirst(), move.getLast(), 5));
  }

  /** A transfer of 10 from a request whose caller (the token {@code caller}) is checked first. */
  private String checkedTransfer(
      CallerChecks checks, AccessTokenKey caller, Account from, Account to) {
    var holders = ports.tokenHolders();
    var check =
        checks.open(
            caller,
            () -> {
              var holder = holders.find(caller.session(), caller.jti());
              if (holder.filter(found -> found.tokenSession().live()).isEmpty()) {
                throw new UnauthenticatedException("revoked");
              }
            });
    try {
      return checks.inTransaction(List.of(from.id(), to.id()), () -> transfer(from, to, 10));
    } finally {
      check.close();
    }
  }

  /** A new session of {@code account}'s owner. */
  private SessionId sessionOf(Account account) {
    var session = Session.start(account.ownerId(), TestTime.now());
    ports.transactions().run(() -> ports.sessions().start(session));
    return session.id();
  }

  private String transfer(Account from, Account to, long minor) {
    ports.ledger().post(transferEntry(from.id(), to.id(), eur(minor), TestTime.now()));
    return "posted";
  }

  private String placeHold(Account account, long minor) {
    var now = TestTime.now();
    ports
        .ledger()
        .placeHold(
            account.id(),
            eur(minor),
            new Reference("order", UUID.randomUUID()),
            "Test hold",
            now,
            now.plusSeconds(3600));
    return "held";
  }

  private static void lock(Connection connection, Account account) throws SQLException {
    try (var select =
        connection.prepareStatement("select id from accounts where id = ? for update")) {
      select.setObject(1, account.id().value());
      select.executeQuery().close();
    }
  }

  /** Waits until a connection to this database waits for a lock. */
  private void awaitALockWait() throws SQLException, InterruptedException {
    try (var watcher = dataSource.getConnection();
        var waiting =
            watcher.prepareStatement(
                "select count(*) from pg_stat_activity"
                    + " where datname = current_database() and wait_event_type = 'Lock'")) {
      for (int polls = 0; polls < 6_000; polls++) {
        try (var count = waiting.executeQuery()) {
          count.next();
          if (count.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
    }
    throw new AssertionError("no connection waited for a lock within a minute");
  }

  private long balanceOf(Account account) {
    return ports.accounts().find(account.id()).orElseThrow().balance();
  }

  private List<AccountTransaction> lines(Account account) {
    var now = TestTime.now();
    return ports.ledger().lines(account.id(), now.minusSeconds(3600), now.plusSeconds(3600));
  }

  private Account newAccount() {
    return JooqPortsUnderTest.newAccount(ports);
  }
}
