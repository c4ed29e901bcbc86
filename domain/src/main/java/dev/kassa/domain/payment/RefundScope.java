package dev.kassa.domain.payment;

import dev.kassa.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * What a refund gives back: an {@code amount}, and when it is a refund by line, the {@code lines}
 * it adds up (exactly, to the minor unit) and whether their units go back in stock ({@code
 * restock}).
 */
public record RefundScope(Money amount, List<RefundLine> lines, boolean restock) {

  public RefundScope {
    Objects.requireNonNull(amount, "amount");
    lines = List.copyOf(lines);
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a refund is positive");
    }
    if (!lines.isEmpty()
        && !lines.stream()
            .map(RefundLine::amount)
            .reduce(Money::plus)
            .orElseThrow()
            .equals(amount)) {
      throw new IllegalArgumentException("a refund by line amounts to the sum of its lines");
    }
    if (restock && lines.isEmpty()) {
      throw new IllegalArgumentException("only a refund by line puts stock back");
    }
  }

  /** A refund of an amount, not tied to any line. */
  public static RefundScope of(Money amount) {
    return new RefundScope(amount, List.of(), false);
  }

  /** The refund of {@code lines}, their units put back in stock when {@code restock}. */
  public static RefundScope ofLines(List<RefundLine> lines, boolean restock) {
    var amount = lines.stream().map(RefundLine::amount).reduce(Money::plus).orElseThrow();
    return new RefundScope(amount, lines, restock);
  }
}
