package dev.kassa.application.ledger;

import dev.kassa.domain.ledger.LedgerVerification;
import dev.kassa.domain.product.StockCheck;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a verification of the books found: the money checks of the ledger and the stock checks of
 * the catalog; {@code ok} when neither found a problem.
 */
public record LedgerReport(LedgerVerification money, StockCheck stock) {

  public boolean ok() {
    return problems().isEmpty();
  }

  public List<String> problems() {
    return Stream.concat(money.problems().stream(), stock.problems().stream()).toList();
  }
}
