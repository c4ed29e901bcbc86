package dev.kassa.domain.card;

import dev.kassa.domain.error.ValidationException;
import java.util.Locale;

/** A plastic debit card or a virtual one for online use. */
public enum CardType {
  DEBIT,
  VIRTUAL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CardType parse(String code) {
    for (var type : values()) {
      if (type.code().equals(code)) {
        return type;
      }
    }
    throw ValidationException.of("type", "must be debit or virtual");
  }
}
