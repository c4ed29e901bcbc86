package dev.kassa.domain.card;

import java.util.random.RandomGenerator;

/** A 16-digit primary account number with a valid Luhn check digit. Never printed in full. */
public record CardNumber(String digits) {

  private static final String ISSUER_PREFIX = "4242";

  public CardNumber {
    if (digits == null || !digits.matches("[0-9]{16}") || !luhnValid(digits)) {
      throw new IllegalArgumentException("not a valid card number");
    }
  }

  public static CardNumber generate(RandomGenerator random) {
    var body = new StringBuilder(ISSUER_PREFIX);
    while (body.length() < 15) {
      body.append(random.nextInt(10));
    }
    return new CardNumber(body.toString() + checkDigit(body));
  }

  public String last4() {
    return digits.substring(12);
  }

  @Override
  public String toString() {
    return "CardNumber[****" + last4() + "]";
  }

  static boolean luhnValid(String digits) {
    return checkDigit(digits.substring(0, digits.length() - 1))
        == digits.charAt(digits.length() - 1) - '0';
  }

  private static int checkDigit(CharSequence body) {
    int sum = 0;
    for (int i = body.length() - 1, position = 0; i >= 0; i--, position++) {
      int digit = body.charAt(i) - '0';
      if (position % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return (10 - sum % 10) % 10;
  }
}
