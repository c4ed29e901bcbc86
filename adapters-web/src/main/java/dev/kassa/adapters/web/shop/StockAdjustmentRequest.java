package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.catalog.AdjustStock;

/** {@code POST /v1/products/{id}/stock-adjustments}: a non-zero {@code delta} and its reason. */
public record StockAdjustmentRequest(@Required Integer delta, @Required String reason) {

  public AdjustStock.Command toCommand(Fields fields) {
    return new AdjustStock.Command(fields.number(delta), reason);
  }
}
