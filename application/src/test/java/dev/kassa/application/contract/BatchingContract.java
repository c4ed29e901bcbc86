package dev.kassa.application.contract;

import static dev.kassa.application.contract.BatchGate.answer;
import static dev.kassa.application.testdata.LedgerFixture.transferEntry;
import static dev.kassa.application.testdata.ProductBuilder.aProduct;
import static dev.kassa.application.testdata.TestMoney.EUR;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.batching.BatchingTransactions;
import dev.kassa.application.idempotency.Idempotency;
import dev.kassa.application.orders.Purchase;
import dev.kassa.application.testdata.Purchases;
import dev.kassa.application.testdata.ShopFixture;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.error.IdempotencyKeyReusedException;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.StockMovement;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.StorageUnavailableException;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link BatchingTransactions} must do over every store: the units of one batch share one unit
 * of work, a refused unit fails alone, and any other failure applies none of the batch.
 */
public abstract class BatchingContract extends PortContract {

  private final Clock clock = Clock.fixed(TestTime.now(), ZoneOffset.UTC);
  private BatchingTransactions batching;
  private final Set<Thread> ranOn = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void setUpBatching() {
    batching =
        new BatchingTransactions(
            world.transactions(), world.ledger(), world.tokenHolders(), world.idempotency());
  }

  @Test
  void aRefusedUnitFailsAloneAndTheOthersOfItsBatchCommit() throws Throwable {
    var rich = newAccount(newOwner());
    var poor = newAccount(newOwner());
    var payee = newAccount(newOwner());
    money.deposit(rich.id(), eur(100));
    money.deposit(poor.id(), eur(5));

    try (var gate = BatchGate.hold(batching)) {
      var first = gate.queue(() -> transfer(rich.id(), payee.id(), eur(10)));
      var refused = gate.queue(() -> transfer(poor.id(), payee.id(), eur(50)));
      var last = gate.queue(() -> transfer(rich.id(), payee.id(), eur(20)));
      gate.release();

      assertThat(answer(first)).isEqualTo("posted");
      assertThat(answer(last)).isEqualTo("posted");
      assertThatThrownBy(() -> answer(refused))
          .isInstanceOfSatisfying(
              ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
    }

    assertThat(ranOn).as("the three units ran in one batch, on its leader").hasSize(1);
    assertThat(balanceOf(rich.id())).isEqualTo(eur(70).minor());
    assertThat(balanceOf(poor.id())).isEqualTo(eur(5).minor());
    assertThat(balanceOf(payee.id())).isEqualTo(eur(30).minor());
    assertThat(world.ledger().lines(poor.id(), LONG_AGO, FAR_AHEAD)).hasSize(1);
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void anUnexpectedFailureRollsItsBatchBackAndStaysWithTheUnitThatCausedIt() throws Throwable {
    var from = newAccount(newOwner());
    var to = newAccount(newOwner());
    money.deposit(from.id(), eur(100));
    var bug = new IllegalStateException("bug");

    try (var gate = BatchGate.hold(batching)) {
      var first = gate.queue(() -> transfer(from.id(), to.id(), eur(10)));
      var failing =
          gate.<String>queue(
              () -> {
                transfer(from.id(), to.id(), eur(1));
                throw bug;
              });
      var last = gate.queue(() -> transfer(from.id(), to.id(), eur(20)));
      gate.release();

      assertThat(answer(first)).isEqualTo("posted");
      assertThatThrownBy(() -> answer(failing)).isSameAs(bug);
      assertThat(answer(last)).isEqualTo("posted");
    }

    assertThat(balanceOf(from.id())).isEqualTo(eur(70).minor());
    assertThat(balanceOf(to.id())).isEqualTo(eur(30).minor());
    assertThat(world.ledger().lines(to.id(), LONG_AGO, FAR_AHEAD)).hasSize(2);
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void unitsQueuedBehindABatchThatFoundTheStoreUnavailableFailAtOnceWithoutRunning()
      throws Throwable {
    var account = newAccount(newOwner());
    var outage = new StorageUnavailableException("the database is down", null);

    try (var gate = BatchGate.holdFailing(batching, outage)) {
      var queued = gate.queue(() -> money.deposit(account.id(), eur(3)));
      var alsoQueued = gate.queue(() -> money.deposit(account.id(), eur(4)));
      gate.release();

      assertThatThrownBy(() -> answer(queued)).isSameAs(outage);
      assertThatThrownBy(() -> answer(alsoQueued)).isSameAs(outage);
    }
    assertThat(balanceOf(account.id())).isZero();

    batching.run(() -> money.deposit(account.id(), eur(5)));
    assertThat(balanceOf(account.id())).isEqualTo(eur(5).minor());
  }

  @Test
  void aUnitStartedInsideARunningUnitJoinsIt() {
    var account = newAccount(newOwner());

    assertThatThrownBy(
            () ->
                inTx(
                    () -> {
                      batching.run(() -> money.deposit(account.id(), eur(3)));
                      throw new IllegalStateException("outer failed");
                    }))
        .hasMessage("outer failed");

    assertThat(balanceOf(account.id())).isZero();
  }

  @Test
  void salesInOneBatchTakeTheStockInTurnAndARefusedSaleLeavesNoTrace() throws Throwable {
    var product =
        new ShopFixture(world.transactions(), world.products())
            .product(aProduct().pricedAt(eur(10)).withStock(2));
    var rich = buyer(eur(100));
    var poor = buyer(eur(5));
    var alsoRich = buyer(eur(100));
    var late = buyer(eur(100));
    var revenueBefore = revenue();

    Order first;
    Order second;
    try (var gate = BatchGate.hold(batching)) {
      var firstSale = gate.enter(() -> buy(product, rich));
      var refused = gate.enter(() -> buy(product, poor));
      var secondSale = gate.enter(() -> buy(product, alsoRich));
      var tooLate = gate.enter(() -> buy(product, late));
      gate.release();

      first = answer(firstSale);
      second = answer(secondSale);
      assertThatThrownBy(() -> answer(refused))
          .isInstanceOfSatisfying(
              ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_funds"));
      assertThatThrownBy(() -> answer(tooLate))
          .isInstanceOfSatisfying(
              ConflictException.class, e -> assertThat(e.code()).isEqualTo("out_of_stock"));
    }

    assertThat(world.products().find(product.id()).orElseThrow().stock()).isZero();
    assertThat(
            allPages(request -> world.products().movements(product.id(), request)).stream()
                .map(StockMovement::delta))
        .as("the initial stock, then one unit for each sale that went through")
        .containsExactlyInAnyOrder(2, -1, -1);
    assertThat(world.products().checkStock().problems()).isEmpty();
    assertThat(balanceOf(rich.account())).isEqualTo(eur(90).minor());
    assertThat(balanceOf(poor.account())).isEqualTo(eur(5).minor());
    assertThat(balanceOf(alsoRich.account())).isEqualTo(eur(90).minor());
    assertThat(balanceOf(late.account())).isEqualTo(eur(100).minor());
    assertThat(revenue() - revenueBefore).isEqualTo(eur(20).minor());
    for (var order : List.of(first, second)) {
      assertThat(world.orders().find(order.id())).contains(order);
      assertThat(world.outbox().bySubject(order.id().toString()))
          .extracting(StoredEvent::sequence)
          .containsExactly(1L, 2L);
    }
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void keyedRequestsInOneBatchRunOnceEachAndAKeyRepeatedInItReplaysItsFirstAnswer()
      throws Throwable {
    var from = newAccount(newOwner());
    var poor = newAccount(newOwner());
    var to = newAccount(newOwner());
    money.deposit(from.id(), eur(100));
    money.deposit(poor.id(), eur(5));
    var caller = newOwner();
    var moves = new KeyedMoves(new Idempotency(batching, world.idempotency(), clock), caller);

    Idempotency.Outcome first;
    Idempotency.Outcome refused;
    var hold = world.idempotency().hold(caller, new IdempotencyKey("held")).orElseThrow();
    try (hold;
        var gate = BatchGate.hold(batching)) {
      var firstRun = gate.enter(() -> moves.run("k1", from, to, 10));
      var repeated = gate.enter(() -> moves.run("k1", from, to, 10));
      var reused = gate.enter(() -> moves.run("k1", from, to, 20));
      var refusedRun = gate.enter(() -> moves.run("k2", poor, to, 50));
      var busy = gate.enter(() -> moves.run("held", from, to, 30));
      gate.release();

      first = answer(firstRun);
      assertThat(first).isEqualTo(new Idempotency.Outcome(POSTED, false));
      assertThat(answer(repeated))
          .as("the first answer of the batch, replayed")
          .isEqualTo(new Idempotency.Outcome(POSTED, true));
      assertThatThrownBy(() -> answer(reused)).isInstanceOf(IdempotencyKeyReusedException.class);
      refused = answer(refusedRun);
      assertThat(refused)
          .isEqualTo(new Idempotency.Outcome(new StoredResponse(409, "insufficient_funds"), false));
      assertThatThrownBy(() -> answer(busy))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("idempotency_key_in_use"));
    }

    assertThat(balanceOf(from.id())).isEqualTo(eur(90).minor());
    assertThat(balanceOf(poor.id())).isEqualTo(eur(5).minor());
    assertThat(balanceOf(to.id())).isEqualTo(eur(10).minor());
    assertThat(moves.run("k1", from, to, 10)).isEqualTo(new Idempotency.Outcome(POSTED, true));
    assertThat(moves.run("k2", poor, to, 50))
        .isEqualTo(new Idempotency.Outcome(refused.response(), true));
    assertThat(balanceOf(from.id())).isEqualTo(eur(90).minor());
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  /** Transfers keyed by their caller's keys, each request's fingerprint its amount. */
  private final class KeyedMoves {
    private final Idempotency idempotency;
    private final UserId caller;

    KeyedMoves(Idempotency idempotency, UserId caller) {
      this.idempotency = idempotency;
      this.caller = caller;
    }

    Idempotency.Outcome run(String key, Account from, Account to, int euros) {
      return idempotency.run(
          new Idempotency.Request(caller, new IdempotencyKey(key), euros + " EUR"),
          () -> new StoredResponse(201, transfer(from.id(), to.id(), eur(euros))),
          BatchingContract::refusal);
    }
  }

  private static final StoredResponse POSTED = new StoredResponse(201, "posted");

  /** A keyed request's refusal as it is stored: its code as the body. */
  private static StoredResponse refusal(DomainException refused) {
    return new StoredResponse(409, refused.code());
  }

  private record Buyer(Actor actor, AccountId account) {}

  private Buyer buyer(Money funds) {
    var owner = newOwner();
    var account = newAccount(owner);
    money.deposit(account.id(), funds);
    return new Buyer(new Actor(owner, Role.CUSTOMER), account.id());
  }

  private Order buy(Product product, Buyer buyer) {
    return Purchases.over(world, batching, clock)
        .execute(buyer.actor(), new Purchase.Command(product.id(), 1, buyer.account()));
  }

  private long revenue() {
    return inTx(() -> world.accounts().systemAccount(AccountType.MERCHANT_REVENUE, EUR)).balance();
  }

  private String transfer(AccountId from, AccountId to, Money amount) {
    ranOn.add(Thread.currentThread());
    world.ledger().post(transferEntry(from, to, amount, TestTime.now()));
    return "posted";
  }
}
