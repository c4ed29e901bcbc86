package dev.kassa.domain.card;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.ValidationException;
import java.util.Locale;

/** Active and frozen cards can switch back and forth; cancelled is final. */
public enum CardStatus {
  ACTIVE,
  FROZEN,
  CANCELLED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CardStatus parse(String code) {
    for (var status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw ValidationException.of("status", "must be active, frozen or cancelled");
  }

  public CardStatus moveTo(CardStatus target) {
    if (this == CANCELLED && target != CANCELLED) {
      throw ConflictException.invalidStateTransition(code(), target.code());
    }
    return target;
  }
}
