package dev.kassa.application.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.banking.BankWorld;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.CardType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.user.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateCardStatusTest {

  private final BankWorld world = new BankWorld();
  private final UpdateCardStatus updateCardStatus =
      new UpdateCardStatus(
          world.ports().transactions(),
          world.ports().cards(),
          world.ports().auditLog(),
          world.ports().outbox(),
          world.clock());
  private final Actor alice = world.customer();
  private Card card;

  @BeforeEach
  void issue() {
    var ports = world.ports();
    var account = world.openAccount(alice).id();
    card =
        new IssueCard(
                ports.transactions(),
                ports.accounts(),
                ports.cards(),
                new Sha256CardFingerprints(),
                ports.auditLog(),
                ports.outbox(),
                world.clock())
            .execute(alice, new IssueCard.Command(account, CardType.DEBIT))
            .card();
  }

  @Test
  void freezesAndUnfreezesWithAnAuditEventEach() {
    var frozen = updateCardStatus.execute(alice, card.id(), status(CardStatus.FROZEN));
    var active = updateCardStatus.execute(alice, card.id(), status(CardStatus.ACTIVE));

    assertThat(frozen.status()).isEqualTo(CardStatus.FROZEN);
    assertThat(active.status()).isEqualTo(CardStatus.ACTIVE);
    assertThat(stored().status()).isEqualTo(CardStatus.ACTIVE);
    assertThat(world.auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.CARD_STATUS_CHANGED))
        .hasSize(2);
  }

  @Test
  void cancelledIsFinal() {
    updateCardStatus.execute(alice, card.id(), status(CardStatus.CANCELLED));

    for (var target : new CardStatus[] {CardStatus.ACTIVE, CardStatus.FROZEN}) {
      assertThatThrownBy(() -> updateCardStatus.execute(alice, card.id(), status(target)))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
    }
    assertThat(stored().status()).isEqualTo(CardStatus.CANCELLED);
  }

  @Test
  void sameStatusChangesNothingAndRecordsNothing() {
    var before = world.auditEvents().size();

    var unchanged = updateCardStatus.execute(alice, card.id(), status(CardStatus.ACTIVE));

    assertThat(unchanged).isEqualTo(card);
    assertThat(world.auditEvents()).hasSize(before);
  }

  @Test
  void anotherCustomersCardIsNotFoundButAnAdminMayFreezeIt() {
    assertThatThrownBy(
            () -> updateCardStatus.execute(world.customer(), card.id(), status(CardStatus.FROZEN)))
        .isInstanceOf(NotFoundException.class);
    assertThat(stored().status()).isEqualTo(CardStatus.ACTIVE);

    assertThat(
            updateCardStatus.execute(world.admin(), card.id(), status(CardStatus.FROZEN)).status())
        .isEqualTo(CardStatus.FROZEN);
  }

  private Card stored() {
    return world.ports().cards().find(card.id()).orElseThrow();
  }

  private static UpdateCardStatus.Command status(CardStatus status) {
    return new UpdateCardStatus.Command(status);
  }
}
