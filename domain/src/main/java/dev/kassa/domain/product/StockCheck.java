package dev.kassa.domain.product;

import java.util.List;

/**
 * The result of checking every product's stock against its journal.
 *
 * @param problems one line per product whose stock is not the sum of its movements
 */
public record StockCheck(long checkedProducts, List<String> problems) {

  public StockCheck {
    problems = List.copyOf(problems);
  }

  public static String mismatch(ProductId product, long stock, long movements) {
    return "product " + product + " has stock " + stock + " but its movements sum to " + movements;
  }
}
