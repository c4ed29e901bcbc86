package dev.kassa.domain.ledger;

import static dev.kassa.domain.ledger.EntryPlanTest.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HoldReleaseTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  private static HoldPlacement place(Account account, long amount, Instant expiresAt) {
    return HoldPlacement.place(
        account,
        Money.of(amount, EUR),
        new Reference("order", UUID.randomUUID()),
        null,
        NOW.minusSeconds(60),
        expiresAt);
  }

  @Test
  void voidingReleasesTheWholeHold() {
    var placed = place(customer(EUR, 1_000), 300, NOW.plusSeconds(60));

    var release = HoldRelease.voiding(placed.hold(), LockedAccounts.of(List.of(placed.account())));

    assertThat(release.holds())
        .singleElement()
        .satisfies(hold -> assertThat(hold.status()).isEqualTo(HoldStatus.VOIDED));
    assertThat(release.accounts())
        .singleElement()
        .satisfies(
            account -> {
              assertThat(account.held()).isZero();
              assertThat(account.balance()).isEqualTo(1_000);
            });
  }

  @Test
  void voidingAnEndedHoldIsRefused() {
    var placed = place(customer(EUR, 1_000), 300, NOW.plusSeconds(60));
    var voided = placed.hold().voided();

    assertThatThrownBy(
            () -> HoldRelease.voiding(voided, LockedAccounts.of(List.of(placed.account()))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
  }

  @Test
  void expiryNetsSeveralHoldsOnOneAccountIntoOneWrite() {
    var first = place(customer(EUR, 1_000), 100, NOW);
    var second = place(first.account(), 250, NOW.minusSeconds(1));
    var kept = place(second.account(), 50, NOW.plusSeconds(60));
    var other = place(customer(EUR, 500), 70, NOW);
    var due = List.of(first.hold(), second.hold(), other.hold());
    var locked = LockedAccounts.of(List.of(kept.account(), other.account()));

    var release = HoldRelease.expiring(due, locked, NOW);

    assertThat(release.holds()).extracting(Hold::status).containsOnly(HoldStatus.EXPIRED);
    assertThat(release.holds())
        .extracting(Hold::id)
        .containsExactly(first.hold().id(), second.hold().id(), other.hold().id());
    assertThat(release.accounts()).hasSize(2);
    assertThat(release.accounts())
        .filteredOn(account -> account.id().equals(kept.account().id()))
        .singleElement()
        .satisfies(account -> assertThat(account.held()).isEqualTo(50));
    assertThat(release.accounts())
        .filteredOn(account -> account.id().equals(other.account().id()))
        .singleElement()
        .satisfies(account -> assertThat(account.held()).isZero());
    assertThat(HoldRelease.accountsInLockOrder(due))
        .containsExactlyElementsOf(
            List.of(kept.account().id(), other.account().id()).stream().sorted().toList());
  }

  @Test
  void aHoldNotYetDueDoesNotExpire() {
    var placed = place(customer(EUR, 1_000), 100, NOW.plusSeconds(1));

    assertThatThrownBy(
            () ->
                HoldRelease.expiring(
                    List.of(placed.hold()), LockedAccounts.of(List.of(placed.account())), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
