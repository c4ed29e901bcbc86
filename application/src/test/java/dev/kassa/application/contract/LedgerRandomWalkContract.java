package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A seeded random walk through every way a {@link dev.kassa.domain.ledger.Ledger} moves or reserves
 * money (deposits, withdrawals, transfers, holds placed, captured, voided and expired), each step
 * predicted by a model: the ledger refuses exactly the steps beyond an available balance or an
 * ended hold, and afterwards verifies clean, money in the walk's currency sums to zero, no customer
 * is below zero and each available balance is the balance less its pending holds; and the balance
 * of each account at random instants of the walk ({@link dev.kassa.domain.ledger.Ledger#balanceAt})
 * is the model's replay up to that instant. A failing run is replayed with {@code
 * -Dkassa.seed=<seed>}.
 */
public abstract class LedgerRandomWalkContract extends PortContract {

  /** A currency no other contract posts in, so the walk's sums are its own. */
  private static final Currency GBP = Currency.getInstance("GBP");

  /** Before any hold the other contracts place (1971), so no sweep of theirs meets the walk's. */
  private static final Instant START = Instant.parse("1960-01-01T00:00:00Z");

  private static final int STEPS = 300;

  private record Pending(AccountId account, long amount, Instant expiresAt) {}

  private final Map<AccountId, Long> balances = new HashMap<>();
  private final Map<HoldId, Pending> pending = new LinkedHashMap<>();
  private final Map<HoldId, Pending> placed = new HashMap<>();
  private final List<HoldId> ended = new ArrayList<>();
  private final TreeMap<Instant, Map<AccountId, Long>> history = new TreeMap<>();
  private Instant now = START;

  @Test
  void aRandomWalkOfMovementsAndHoldsKeepsEveryInvariant() {
    var seed = Long.getLong("kassa.seed", System.nanoTime());
    var seedNote = "seed " + seed + " (replay with -Dkassa.seed=" + seed + ")";
    System.out.println("LedgerRandomWalkContract: " + seedNote);
    var random = new SplittableRandom(seed);
    var cash = world.accounts().systemAccount(AccountType.CASH, GBP);
    var cashBefore = cash.balance();
    var owner = newOwner();
    var customers = IntStream.range(0, 4).mapToObj(i -> newAccount(owner, GBP).id()).toList();
    customers.forEach(id -> balances.put(id, 0L));

    for (int step = 0; step < STEPS; step++) {
      now = now.plusSeconds(1 + random.nextInt(30));
      var account = customers.get(random.nextInt(customers.size()));
      var other = otherThan(account, customers, random);
      var amount = 1 + random.nextLong(available(account) * 3 / 2 + 2);
      switch (random.nextInt(7)) {
        case 0 ->
            move(
                cash.id(),
                TransactionType.DEPOSIT,
                account,
                TransactionType.DEPOSIT,
                1 + random.nextLong(10_000));
        case 1 ->
            move(
                account, TransactionType.WITHDRAWAL, cash.id(), TransactionType.WITHDRAWAL, amount);
        case 2 ->
            move(account, TransactionType.TRANSFER_OUT, other, TransactionType.TRANSFER_IN, amount);
        case 3 -> placeHold(account, amount, random);
        case 4 -> capture(random, customers);
        case 5 -> voidHold(random);
        default -> expireDue();
      }
      for (var id : customers) {
        var stored = reload(id);
        assertThat(stored.balance())
            .as("balance of %s, step %d, %s", id, step, seedNote)
            .isEqualTo(balances.get(id))
            .isNotNegative();
        assertThat(stored.availableBalance().minor())
            .as("available of %s, step %d, %s", id, step, seedNote)
            .isEqualTo(available(id));
      }
      history.put(now, Map.copyOf(balances));
    }
    var cashMoved = reload(cash.id()).balance() - cashBefore;
    var customersTotal = customers.stream().mapToLong(id -> reload(id).balance()).sum();
    assertThat(cashMoved + customersTotal).as("GBP in the walk, %s", seedNote).isZero();
    assertThat(world.ledger().verify().problems()).as(seedNote).isEmpty();
    balancesAtRandomInstantsAreTheReplay(customers, random, seedNote);
    expireEverythingLeft();
  }

  private void balancesAtRandomInstantsAreTheReplay(
      List<AccountId> customers, SplittableRandom random, String seedNote) {
    var span = Duration.between(START, now).toSeconds();
    var instants = new ArrayList<Instant>(List.of(START.minusSeconds(1), now));
    for (int i = 0; i < 30; i++) {
      instants.add(START.plusSeconds(random.nextLong(span + 1)));
    }
    var stepTimes = new ArrayList<>(history.keySet());
    for (int i = 0; i < 10; i++) {
      instants.add(stepTimes.get(random.nextInt(stepTimes.size())));
    }
    for (var at : instants) {
      var replayed = history.floorEntry(at);
      for (var id : customers) {
        var expected = replayed == null ? 0L : replayed.getValue().getOrDefault(id, 0L);
        assertThat(world.ledger().balanceAt(id, at).minor())
            .as("balance of %s at %s, %s", id, at, seedNote)
            .isEqualTo(expected);
      }
    }
  }

  private long available(AccountId account) {
    var held =
        pending.values().stream()
            .filter(hold -> hold.account().equals(account))
            .mapToLong(Pending::amount)
            .sum();
    return balances.getOrDefault(account, 0L) - held;
  }

  private void move(
      AccountId from, TransactionType out, AccountId to, TransactionType in, long amount) {
    var entry =
        JournalEntry.between(
            from, out, to, in, amount, GBP, "Walk", new Reference("walk", UUID.randomUUID()), now);
    if (balances.containsKey(from) && amount > available(from)) {
      assertRefused(() -> inTx(() -> world.ledger().post(entry)), "insufficient_funds");
      return;
    }
    inTx(() -> world.ledger().post(entry));
    balances.computeIfPresent(from, (id, balance) -> balance - amount);
    balances.computeIfPresent(to, (id, balance) -> balance + amount);
  }

  private void placeHold(AccountId account, long amount, SplittableRandom random) {
    var expiresAt = random.nextBoolean() ? now.plusSeconds(1 + random.nextInt(120)) : FAR_AHEAD;
    Supplier<HoldId> place =
        () ->
            inTx(
                () ->
                    world
                        .ledger()
                        .placeHold(
                            account,
                            Money.of(amount, GBP),
                            new Reference("walk", UUID.randomUUID()),
                            "Walk hold",
                            now,
                            expiresAt)
                        .id());
    if (amount > available(account)) {
      assertRefused(
          () -> {
            var unused = place.get();
          },
          "insufficient_funds");
      return;
    }
    var hold = new Pending(account, amount, expiresAt);
    var id = place.get();
    pending.put(id, hold);
    placed.put(id, hold);
  }

  private void capture(SplittableRandom random, List<AccountId> customers) {
    var id = pick(random);
    if (id == null) {
      return;
    }
    var hold = pending.get(id);
    var target = otherThan(hold == null ? customers.getFirst() : hold.account(), customers, random);
    var amount = hold == null ? 1 : 1 + random.nextLong(hold.amount() + 1);
    Runnable capture =
        () ->
            inTx(
                () ->
                    world
                        .ledger()
                        .captureHold(
                            id,
                            Money.of(amount, GBP),
                            target,
                            TransactionType.CARD_PAYMENT,
                            TransactionType.PURCHASE,
                            now));
    if (hold == null) {
      assertRefused(capture, "invalid_state_transition");
    } else if (amount > hold.amount()) {
      assertThatThrownBy(capture::run).isInstanceOf(ValidationException.class);
    } else {
      capture.run();
      end(id);
      balances.computeIfPresent(hold.account(), (a, balance) -> balance - amount);
      balances.computeIfPresent(target, (a, balance) -> balance + amount);
    }
  }

  private void voidHold(SplittableRandom random) {
    var id = pick(random);
    if (id == null) {
      return;
    }
    Runnable voiding = () -> inTx(() -> world.ledger().voidHold(id, now));
    if (!pending.containsKey(id)) {
      assertRefused(voiding, "invalid_state_transition");
      return;
    }
    voiding.run();
    end(id);
  }

  private void expireDue() {
    var due =
        pending.entrySet().stream()
            .filter(hold -> !hold.getValue().expiresAt().isAfter(now))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(inTx(() -> world.ledger().expireHolds(now))).hasSize(due.size());
    due.forEach(this::end);
  }

  /** Leaves no hold of the walk's early timeline pending for the other contracts' sweeps. */
  private void expireEverythingLeft() {
    inTx(() -> world.ledger().expireHolds(now.plusSeconds(120)));
  }

  private static AccountId otherThan(
      AccountId account, List<AccountId> customers, SplittableRandom random) {
    var index = customers.indexOf(account);
    return customers.get((index + 1 + random.nextInt(customers.size() - 1)) % customers.size());
  }

  /** A pending hold mostly, sometimes one that has ended; {@code null} when there is none. */
  private HoldId pick(SplittableRandom random) {
    var candidates = new ArrayList<>(pending.keySet());
    if (!ended.isEmpty() && (candidates.isEmpty() || random.nextInt(5) == 0)) {
      return ended.get(random.nextInt(ended.size()));
    }
    return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
  }

  private void end(HoldId id) {
    pending.remove(id);
    ended.add(id);
  }

  private static void assertRefused(Runnable step, String code) {
    assertThatThrownBy(step::run)
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
