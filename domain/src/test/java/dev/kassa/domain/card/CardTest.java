package dev.kassa.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardTest {

  private static final CardNumber NUMBER = new CardNumber("4000056655665556");

  @Test
  void issuedCardIsActiveAndKeepsOnlyLastFourAndFingerprint() {
    var now = Instant.parse("2025-03-15T12:00:00Z");
    var card = issue(now);

    assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
    assertThat(card.last4()).isEqualTo("5556");
    assertThat(card.fingerprint()).isEqualTo("fp");
    assertThat(card.createdAt()).isEqualTo(now);
    assertThat(card.toString()).doesNotContain(NUMBER.digits());
  }

  @Test
  void expiresFourYearsLaterInTheSameMonth() {
    var card = issue(Instant.parse("2025-03-15T12:00:00Z"));

    assertThat(card.expMonth()).isEqualTo(3);
    assertThat(card.expYear()).isEqualTo(2029);
  }

  @Test
  void expiryMonthIsTakenInUtc() {
    var card = issue(Instant.parse("2025-12-31T23:30:00Z"));

    assertThat(card.expMonth()).isEqualTo(12);
    assertThat(card.expYear()).isEqualTo(2029);
  }

  @Test
  void isValidThroughTheWholeExpiryMonth() {
    var card = issue(Instant.parse("2025-03-15T12:00:00Z"));

    assertThat(card.isExpired(Instant.parse("2029-03-31T23:59:59Z"))).isFalse();
    assertThat(card.isExpired(Instant.parse("2029-04-01T00:00:00Z"))).isTrue();
  }

  @Test
  void statusChangesFollowTheCardStatusRules() {
    var card = issue(Instant.parse("2025-03-15T12:00:00Z"));
    var cancelled = card.withStatus(CardStatus.FROZEN).withStatus(CardStatus.CANCELLED);

    assertThat(cancelled.status()).isEqualTo(CardStatus.CANCELLED);
    assertThat(cancelled.id()).isEqualTo(card.id());
    assertThatThrownBy(() -> cancelled.withStatus(CardStatus.ACTIVE))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void refusesALastFourThatIsNotFourDigits() {
    var card = issue(Instant.parse("2025-03-15T12:00:00Z"));

    assertThatThrownBy(
            () ->
                new Card(
                    card.id(),
                    card.accountId(),
                    card.ownerId(),
                    card.type(),
                    "12a4",
                    card.fingerprint(),
                    card.expMonth(),
                    card.expYear(),
                    card.status(),
                    card.createdAt()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Card issue(Instant now) {
    return Card.issue(AccountId.newId(), UserId.newId(), CardType.DEBIT, NUMBER, "fp", now);
  }
}
