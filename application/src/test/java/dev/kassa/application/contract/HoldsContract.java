package dev.kassa.application.contract;

import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.PostedEntry;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.kassa.domain.ledger.Ledger} adapter must do with holds: reserve without
 * moving money, end each hold exactly once (captured, voided or expired), and keep {@code held}
 * equal to the pending holds, under concurrency too.
 */
public abstract class HoldsContract extends PortContract {

  /**
   * The sweeps below expire every hold due by their time in the database the contracts share, so
   * they place their holds earlier than any other test does (the earliest, in the orders contract,
   * are in 1990).
   */
  private static final Instant BEFORE_ANY_OTHER_HOLD = Instant.parse("1971-01-01T00:00:00Z");

  private final Instant now = TestTime.now();

  private Account funded(Money amount) {
    var account = newAccount(newOwner());
    money.deposit(account.id(), amount);
    return account;
  }

  private Hold hold(AccountId account, Money amount, Instant at, Instant expiresAt) {
    return inTx(
        () ->
            world
                .ledger()
                .placeHold(
                    account,
                    amount,
                    new Reference("order", UUID.randomUUID()),
                    "Card hold",
                    at,
                    expiresAt));
  }

  private Hold hold(AccountId account, Money amount) {
    return hold(account, amount, now, now.plus(Duration.ofHours(1)));
  }

  private PostedEntry capture(HoldId id, Money amount, AccountId destination) {
    return inTx(
        () ->
            world
                .ledger()
                .captureHold(
                    id,
                    amount,
                    destination,
                    TransactionType.CARD_PAYMENT,
                    TransactionType.PURCHASE,
                    now));
  }

  private Hold voidHold(HoldId id) {
    return inTx(() -> world.ledger().voidHold(id, now));
  }

  private HoldStatus statusOf(HoldId id) {
    return world.ledger().hold(id).orElseThrow().status();
  }

  private static Consumer<Throwable> conflict(String code) {
    return e ->
        assertThat(e)
            .isInstanceOfSatisfying(
                ConflictException.class, c -> assertThat(c.code()).isEqualTo(code));
  }

  @Test
  void aHoldReducesTheAvailableBalanceButNotTheBalance() {
    var account = funded(eur(100));

    var hold = hold(account.id(), eur(30));

    assertThat(reload(account.id()).balance()).isEqualTo(eur(100).minor());
    assertThat(reload(account.id()).availableBalance()).isEqualTo(eur(70));
    assertThat(world.ledger().hold(hold.id())).contains(hold);
    assertThat(hold.status()).isEqualTo(HoldStatus.PENDING);
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aFullCaptureMovesTheHeldAmountToTheDestination() {
    var account = funded(eur(100));
    var shop = newAccount(newOwner());
    var hold = hold(account.id(), eur(30));

    var posted = capture(hold.id(), eur(30), shop.id());

    assertThat(posted.lineFor(account.id()).amount()).isEqualTo(eur(-30));
    assertThat(posted.lineFor(account.id()).type()).isEqualTo(TransactionType.CARD_PAYMENT);
    assertThat(posted.lineFor(shop.id()).type()).isEqualTo(TransactionType.PURCHASE);
    assertThat(posted.entry().reference()).isEqualTo(hold.reference());
    assertThat(reload(account.id()).balance()).isEqualTo(eur(70).minor());
    assertThat(reload(account.id()).held()).isZero();
    assertThat(balanceOf(shop.id())).isEqualTo(eur(30).minor());
    var captured = world.ledger().hold(hold.id()).orElseThrow();
    assertThat(captured.status()).isEqualTo(HoldStatus.CAPTURED);
    assertThat(captured.capturedAmount()).isEqualTo(eur(30));
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aPartialCaptureReleasesTheRest() {
    var account = funded(eur(100));
    var shop = newAccount(newOwner());
    var hold = hold(account.id(), eur(30));

    capture(hold.id(), eur(12), shop.id());

    assertThat(reload(account.id()).balance()).isEqualTo(eur(88).minor());
    assertThat(reload(account.id()).held()).isZero();
    assertThat(reload(account.id()).availableBalance()).isEqualTo(eur(88));
    assertThat(balanceOf(shop.id())).isEqualTo(eur(12).minor());
    assertThat(world.ledger().hold(hold.id()).orElseThrow().capturedAmount()).isEqualTo(eur(12));
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void voidReleasesTheWholeHold() {
    var account = funded(eur(100));
    var hold = hold(account.id(), eur(30));

    var voided = voidHold(hold.id());

    assertThat(voided.status()).isEqualTo(HoldStatus.VOIDED);
    assertThat(statusOf(hold.id())).isEqualTo(HoldStatus.VOIDED);
    assertThat(reload(account.id()).availableBalance()).isEqualTo(eur(100));
    assertThat(reload(account.id()).balance()).isEqualTo(eur(100).minor());
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void expiryReleasesOnlyPendingHoldsWhoseTimeHasCome() {
    var base = BEFORE_ANY_OTHER_HOLD;
    var account = funded(eur(100));
    var shop = newAccount(newOwner());
    var due = hold(account.id(), eur(10), base, base.plusSeconds(60));
    var dueButCaptured = hold(account.id(), eur(20), base, base.plusSeconds(60));
    var later = hold(account.id(), eur(30), base, FAR_AHEAD);
    capture(dueButCaptured.id(), eur(20), shop.id());

    var expired = inTx(() -> world.ledger().expireHolds(base.plusSeconds(60)));

    assertThat(expired).hasSize(1);
    assertThat(statusOf(due.id())).isEqualTo(HoldStatus.EXPIRED);
    assertThat(statusOf(dueButCaptured.id())).isEqualTo(HoldStatus.CAPTURED);
    assertThat(statusOf(later.id())).isEqualTo(HoldStatus.PENDING);
    assertThat(reload(account.id()).held()).isEqualTo(eur(30).minor());
    assertThat(reload(account.id()).balance()).isEqualTo(eur(80).minor());
    assertThat(inTx(() -> world.ledger().expireHolds(base.plusSeconds(60)))).isEmpty();
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aHoldEndsOnlyOnce() {
    var account = funded(eur(100));
    var shop = newAccount(newOwner());
    var captured = hold(account.id(), eur(10));
    var voided = hold(account.id(), eur(10));
    capture(captured.id(), eur(10), shop.id());
    voidHold(voided.id());

    assertThatThrownBy(() -> capture(captured.id(), eur(10), shop.id()))
        .satisfies(conflict("invalid_state_transition"));
    assertThatThrownBy(() -> voidHold(captured.id()))
        .satisfies(conflict("invalid_state_transition"));
    assertThatThrownBy(() -> capture(voided.id(), eur(10), shop.id()))
        .satisfies(conflict("invalid_state_transition"));

    assertThat(reload(account.id()).balance()).isEqualTo(eur(90).minor());
    assertThat(reload(account.id()).held()).isZero();
    assertThat(balanceOf(shop.id())).isEqualTo(eur(10).minor());
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aHoldBeyondTheAvailableBalanceIsRefusedAndChangesNothing() {
    var account = funded(eur(100));
    hold(account.id(), eur(60));

    assertThatThrownBy(() -> hold(account.id(), eur(40, 1)))
        .satisfies(conflict("insufficient_funds"));

    assertThat(reload(account.id()).held()).isEqualTo(eur(60).minor());
    assertThat(reload(account.id()).balance()).isEqualTo(eur(100).minor());
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aRefusedCaptureChangesNothing() {
    var account = funded(eur(100));
    var frozen = funded(eur(1));
    var hold = hold(account.id(), eur(30));
    inTx(() -> world.accounts().update(reload(frozen.id()).changeStatus(AccountStatus.FROZEN)));

    assertThatThrownBy(() -> capture(hold.id(), eur(30), frozen.id()))
        .satisfies(conflict("account_not_active"));

    assertThat(statusOf(hold.id())).isEqualTo(HoldStatus.PENDING);
    assertThat(reload(account.id()).held()).isEqualTo(eur(30).minor());
    assertThat(reload(account.id()).balance()).isEqualTo(eur(100).minor());
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void aRefusedCaptureLeavesNoTraceInAUnitOfWorkThatGoesOn() {
    var account = funded(eur(100));
    var frozen = funded(eur(1));
    var hold = hold(account.id(), eur(30));
    inTx(() -> world.accounts().update(reload(frozen.id()).changeStatus(AccountStatus.FROZEN)));

    inTx(
        () ->
            assertThatThrownBy(
                    () ->
                        world
                            .ledger()
                            .captureHold(
                                hold.id(),
                                eur(30),
                                frozen.id(),
                                TransactionType.CARD_PAYMENT,
                                TransactionType.PURCHASE,
                                now))
                .satisfies(conflict("account_not_active")));

    assertThat(statusOf(hold.id())).isEqualTo(HoldStatus.PENDING);
    assertThat(reload(account.id()).held()).isEqualTo(eur(30).minor());
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void concurrentCaptureAndVoidOfOneHoldEndInExactlyOneOfThem() {
    var account = funded(eur(100));
    var shop = newAccount(newOwner());
    var hold = hold(account.id(), eur(30));

    var outcomes =
        Race.run(
            2,
            runner ->
                runner == 0
                    ? capture(hold.id(), eur(30), shop.id()).entry().id()
                    : voidHold(hold.id()).id());

    assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
    assertThat(outcomes)
        .filteredOn(outcome -> !outcome.succeeded())
        .singleElement()
        .satisfies(outcome -> conflict("invalid_state_transition").accept(outcome.failure()));
    var captured = statusOf(hold.id()) == HoldStatus.CAPTURED;
    assertThat(reload(account.id()).balance()).isEqualTo(eur(captured ? 70 : 100).minor());
    assertThat(balanceOf(shop.id())).isEqualTo(eur(captured ? 30 : 0).minor());
    assertThat(reload(account.id()).held()).isZero();
    assertThat(world.ledger().verify().problems()).isEmpty();
  }

  @Test
  void concurrentSweepsExpireEachHoldOnce() {
    var base = BEFORE_ANY_OTHER_HOLD.plus(Duration.ofDays(1));
    var accounts = IntStream.range(0, 3).mapToObj(i -> funded(eur(100))).toList();
    var holds =
        IntStream.range(0, 12)
            .mapToObj(
                i -> hold(accounts.get(i % 3).id(), eur(5), base, base.plusSeconds(1 + i % 4)))
            .toList();

    var outcomes =
        Race.run(4, runner -> inTx(() -> world.ledger().expireHolds(base.plusSeconds(10))));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().mapToInt(outcome -> outcome.value().size()).sum())
        .isEqualTo(holds.size());
    assertThat(holds).allMatch(hold -> statusOf(hold.id()) == HoldStatus.EXPIRED);
    assertThat(accounts).allMatch(account -> reload(account.id()).held() == 0);
    assertThat(world.ledger().verify().problems()).isEmpty();
  }
}
