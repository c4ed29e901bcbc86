package dev.kassa.adapters.web.payments;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.orders.RefundOrder;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.order.LineRefunds;
import dev.kassa.domain.product.ProductId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/orders/{id}/refunds}: {@code amount} in minor units of the order's currency, or
 * {@code items} ({@code productId} and {@code quantity} of lines of the order) to refund by line,
 * put back in stock when {@code restock} is true; nothing (an empty body or {@code {}}) for all
 * that is left to refund.
 */
public record RefundRequest(Long amount, List<Item> items, Boolean restock) {

  /** Units of one line of the order to give back. */
  public record Item(@Required String productId, @Required Integer quantity) {}

  public RefundOrder.Command toCommand(Fields fields) {
    return new RefundOrder.Command(amount, items(fields), Boolean.TRUE.equals(restock));
  }

  /** The items, each refused one noted in {@code fields} (which then fails the request). */
  private List<LineRefunds.Item> items(Fields fields) {
    if (items == null) {
      return null;
    }
    var parsed = new ArrayList<LineRefunds.Item>();
    for (var index = 0; index < items.size(); index++) {
      var field = "items[" + index + "]";
      var item = items.get(index);
      var product =
          item == null
              ? fields.attempt(field, () -> refuse(field, "must be an object"))
              : fields.id(field + ".productId", item.productId(), ProductId::new);
      var quantity = item == null ? null : item.quantity();
      if (quantity != null && quantity < 1) {
        fields.attempt(field, () -> refuse(field + ".quantity", "must be at least 1"));
      } else if (product != null && quantity != null) {
        parsed.add(new LineRefunds.Item(product, quantity));
      }
    }
    return parsed;
  }

  private static ProductId refuse(String field, String problem) {
    throw ValidationException.of(field, problem);
  }
}
