package dev.kassa.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.testing.Seeded;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Randomized checks of the arithmetic laws; a failure names the seed that replays it. */
class MoneyPropertiesTest {

  private static final int RUNS = 10_000;
  private static final long SAFE = 1L << 61;
  private static final List<Currency> CURRENCIES =
      List.of("EUR", "USD", "JPY", "BHD", "KWD", "CLF", "GBP").stream()
          .map(Currency::getInstance)
          .toList();

  @Test
  void subtractingWhatWasAddedGivesTheOriginalBack(TestInfo test) {
    var seeded = Seeded.forTest(test.getDisplayName());
    var random = seeded.random();
    for (int run = 0; run < RUNS; run++) {
      var currency = anyCurrency(random);
      var a = Money.of(random.nextLong(-SAFE, SAFE), currency);
      var b = Money.of(random.nextLong(-SAFE, SAFE), currency);

      assertThat(a.plus(b).minus(b))
          .as("(%s + %s) - %s, %s", a, b, b, seeded.describe())
          .isEqualTo(a);
      assertThat(a.minus(b).plus(b))
          .as("(%s - %s) + %s, %s", a, b, b, seeded.describe())
          .isEqualTo(a);
    }
  }

  @Test
  void additionIsCommutativeAndAssociative(TestInfo test) {
    var seeded = Seeded.forTest(test.getDisplayName());
    var random = seeded.random();
    for (int run = 0; run < RUNS; run++) {
      var currency = anyCurrency(random);
      var a = Money.of(random.nextLong(-SAFE, SAFE), currency);
      var b = Money.of(random.nextLong(-SAFE, SAFE), currency);
      var c = Money.of(random.nextLong(-SAFE, SAFE), currency);

      assertThat(a.plus(b)).as("%s + %s, %s", a, b, seeded.describe()).isEqualTo(b.plus(a));
      assertThat(a.plus(b).plus(c))
          .as("(%s + %s) + %s, %s", a, b, c, seeded.describe())
          .isEqualTo(a.plus(b.plus(c)));
    }
  }

  @Test
  void additionIsExactOrThrowsOverTheWholeRange(TestInfo test) {
    var seeded = Seeded.forTest(test.getDisplayName());
    var random = seeded.random();
    var min = BigInteger.valueOf(Long.MIN_VALUE);
    var max = BigInteger.valueOf(Long.MAX_VALUE);
    for (int run = 0; run < RUNS; run++) {
      var a = Money.of(random.nextLong(), Currency.getInstance("EUR"));
      var b = Money.of(random.nextLong(), Currency.getInstance("EUR"));
      var exact = BigInteger.valueOf(a.minor()).add(BigInteger.valueOf(b.minor()));

      if (exact.compareTo(min) < 0 || exact.compareTo(max) > 0) {
        assertThatThrownBy(() -> a.plus(b))
            .as("%s + %s overflows, %s", a, b, seeded.describe())
            .isInstanceOf(ArithmeticException.class);
      } else {
        assertThat(a.plus(b).minor())
            .as("%s + %s, %s", a, b, seeded.describe())
            .isEqualTo(exact.longValueExact());
      }
    }
  }

  @Test
  void parsingTheDecimalStringGivesTheSameAmount(TestInfo test) {
    var seeded = Seeded.forTest(test.getDisplayName());
    var random = seeded.random();
    for (int run = 0; run < RUNS; run++) {
      var currency = anyCurrency(random);
      var minor = random.nextBoolean() ? random.nextLong() : random.nextLong(-100_000, 100_000);
      var money = Money.of(minor, currency);

      assertThat(Money.parse(money.toDecimalString(), currency))
          .as("parse(%s), %s", money.toDecimalString(), seeded.describe())
          .isEqualTo(money);
    }
  }

  @Test
  void decimalStringsHaveExactlyTheCurrencysFractionDigits(TestInfo test) {
    var seeded = Seeded.forTest(test.getDisplayName());
    var random = seeded.random();
    for (int run = 0; run < RUNS; run++) {
      var currency = anyCurrency(random);
      var text = Money.of(random.nextLong(), currency).toDecimalString();
      var digits = currency.getDefaultFractionDigits();
      var fraction = text.indexOf('.') < 0 ? "" : text.substring(text.indexOf('.') + 1);

      assertThat(fraction).as("%s in %s, %s", text, currency, seeded.describe()).hasSize(digits);
    }
  }

  private static Currency anyCurrency(SplittableRandom random) {
    return CURRENCIES.get(random.nextInt(CURRENCIES.size()));
  }
}
