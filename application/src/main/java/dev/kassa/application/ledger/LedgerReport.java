package dev.kassa.application.ledger;

import dev.kassa.domain.ledger.LedgerVerification;
import dev.kassa.domain.ledger.SealCheck;
import dev.kassa.domain.product.StockCheck;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a verification of the books found: the money checks of the ledger, the stock checks of the
 * catalog and the walk of the seal chain; {@code ok} when none found a problem.
 */
public record LedgerReport(LedgerVerification money, StockCheck stock, SealCheck seals) {

  public boolean ok() {
    return problems().isEmpty();
  }

  public List<String> problems() {
    return Stream.of(money.problems(), stock.problems(), seals.problems())
        .flatMap(List::stream)
        .toList();
  }
}
