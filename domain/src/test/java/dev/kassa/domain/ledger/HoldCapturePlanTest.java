package dev.kassa.domain.ledger;

import static dev.kassa.domain.ledger.EntryPlanTest.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HoldCapturePlanTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

  private final Account shop = customer(EUR, 0);
  private final HoldPlacement placed =
      HoldPlacement.place(
          customer(EUR, 10_000),
          Money.of(3_000, EUR),
          new Reference("order", UUID.randomUUID()),
          "Card hold",
          NOW,
          NOW.plusSeconds(3_600));

  private HoldCapturePlan capture(Hold hold, Account destination, long amount) {
    return HoldCapturePlan.plan(
        hold,
        LockedAccounts.of(List.of(placed.account(), destination)),
        destination.id(),
        Money.of(amount, EUR),
        TransactionType.CARD_PAYMENT,
        TransactionType.PURCHASE,
        NOW);
  }

  @Test
  void placingRaisesHeldButNotTheBalance() {
    assertThat(placed.hold().status()).isEqualTo(HoldStatus.PENDING);
    assertThat(placed.hold().accountId()).isEqualTo(placed.account().id());
    assertThat(placed.account().held()).isEqualTo(3_000);
    assertThat(placed.account().balance()).isEqualTo(10_000);
  }

  @Test
  void aFullCaptureReleasesTheHoldAndPostsItsAmount() {
    var plan = capture(placed.hold(), shop, 3_000);

    assertThat(plan.captured().status()).isEqualTo(HoldStatus.CAPTURED);
    assertThat(plan.captured().capturedAmount()).isEqualTo(Money.of(3_000, EUR));
    var payer = plan.entry().after(placed.account().id());
    assertThat(payer.held()).isZero();
    assertThat(payer.balance()).isEqualTo(7_000);
    assertThat(plan.entry().after(shop.id()).balance()).isEqualTo(3_000);
    var entry = plan.entry().entry();
    assertThat(entry.reference()).isEqualTo(placed.hold().reference());
    assertThat(entry.description()).isEqualTo("Card hold");
    assertThat(entry.createdAt()).isEqualTo(NOW);
    assertThat(plan.entry().posted().lineFor(payer.id()).type())
        .isEqualTo(TransactionType.CARD_PAYMENT);
    assertThat(plan.entry().posted().lineFor(shop.id()).type()).isEqualTo(TransactionType.PURCHASE);
  }

  @Test
  void aPartialCaptureReleasesTheRest() {
    var plan = capture(placed.hold(), shop, 1_200);

    var payer = plan.entry().after(placed.account().id());
    assertThat(payer.held()).isZero();
    assertThat(payer.balance()).isEqualTo(8_800);
    assertThat(payer.availableBalance()).isEqualTo(Money.of(8_800, EUR));
    assertThat(plan.captured().capturedAmount()).isEqualTo(Money.of(1_200, EUR));
    assertThat(plan.entry().after(shop.id()).balance()).isEqualTo(1_200);
  }

  @Test
  void capturingMoreThanTheHoldIsRefused() {
    assertThatThrownBy(() -> capture(placed.hold(), shop, 3_001))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void onlyAPendingHoldIsCaptured() {
    var voided = placed.hold().voided();

    assertThatThrownBy(() -> capture(voided, shop, 3_000))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
  }

  @Test
  void anInactiveDestinationIsRefused() {
    var frozen = shop.changeStatus(AccountStatus.FROZEN);

    assertThatThrownBy(() -> capture(placed.hold(), frozen, 3_000))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
  }
}
