package dev.kassa.domain.card;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A card on an account. Only the last four digits and a keyed fingerprint of the number are kept;
 * the full number exists once, in the response that issues the card.
 */
public record Card(
    CardId id,
    AccountId accountId,
    UserId ownerId,
    CardType type,
    String last4,
    String fingerprint,
    int expMonth,
    int expYear,
    CardStatus status,
    Instant createdAt) {

  public static final int VALID_YEARS = 4;

  public Card {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    if (last4 == null || !last4.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("last4 must be four digits");
    }
  }

  public static Card issue(
      AccountId account,
      UserId owner,
      CardType type,
      CardNumber number,
      String fingerprint,
      Instant now) {
    var expiry = YearMonth.from(now.atOffset(ZoneOffset.UTC)).plusYears(VALID_YEARS);
    return new Card(
        CardId.newId(),
        account,
        owner,
        type,
        number.last4(),
        fingerprint,
        expiry.getMonthValue(),
        expiry.getYear(),
        CardStatus.ACTIVE,
        now);
  }

  public Card withStatus(CardStatus target) {
    return new Card(
        id,
        accountId,
        ownerId,
        type,
        last4,
        fingerprint,
        expMonth,
        expYear,
        status.moveTo(target),
        createdAt);
  }

  public boolean isExpired(Instant now) {
    return YearMonth.from(now.atOffset(ZoneOffset.UTC)).isAfter(YearMonth.of(expYear, expMonth));
  }
}
