package dev.kassa.domain.order;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundLine;
import dev.kassa.domain.payment.RefundScope;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.product.ProductId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of refunds by line, decided from an order and its refunds as read under the order's
 * lock. A line may give back at most what was bought and is not refunded yet, counting refunds
 * still {@code requested} at the provider (a failed one gave nothing back). Units go back in stock
 * only while they are out: not once the order was cancelled or its payment failed (its stock went
 * back then), and never more than a line's units not put back yet. An order has one line per
 * product (a cart merges them).
 */
public final class LineRefunds {

  /** Units of a product of the order to give back. */
  public record Item(ProductId productId, int quantity) {
    public Item {
      Objects.requireNonNull(productId, "productId");
    }
  }

  private LineRefunds() {}

  /**
   * The refund of {@code items} at their lines' snapshotted unit prices.
   *
   * @throws ValidationException naming every item that is not a line of the order, repeats a
   *     product, or asks more than its line has left to refund
   */
  public static RefundScope scope(
      Order order, List<Refund> earlier, List<Item> items, boolean restock) {
    var refunded = refunded(earlier);
    var problems = new ValidationException.Collector();
    var seen = new HashSet<ProductId>();
    var lines = new ArrayList<RefundLine>();
    for (var index = 0; index < items.size(); index++) {
      var item = items.get(index);
      var field = "items[" + index + "].";
      var line = lineOf(order, item.productId());
      if (line == null) {
        problems.add(field + "productId", "is not a line of this order");
        continue;
      }
      if (!seen.add(item.productId())) {
        problems.add(field + "productId", "is listed more than once");
        continue;
      }
      var left = line.quantity() - refunded.getOrDefault(item.productId(), 0);
      if (item.quantity() > left) {
        problems.add(field + "quantity", "must be at most " + left + ", what is left to refund");
        continue;
      }
      lines.add(
          new RefundLine(
              item.productId(), item.quantity(), line.unitPrice().times(item.quantity())));
    }
    problems.throwIfAny();
    return RefundScope.ofLines(lines, restock);
  }

  /**
   * Units of each line of the order out of stock: none once its stock went back (cancelled, or its
   * payment failed); otherwise bought, minus what completed restocking refunds put back.
   */
  public static Map<ProductId, Integer> stillOut(Order order, List<Refund> refunds) {
    var out = new LinkedHashMap<ProductId, Integer>();
    if (!stockIsOut(order)) {
      return out;
    }
    var back = new HashMap<ProductId, Integer>();
    refunds.stream()
        .filter(refund -> refund.restock() && refund.status().isCompleted())
        .flatMap(refund -> refund.lines().stream())
        .forEach(line -> back.merge(line.productId(), line.quantity(), Integer::sum));
    for (var line : order.lines()) {
      var units = line.quantity() - back.getOrDefault(line.productId(), 0);
      if (units > 0) {
        out.put(line.productId(), units);
      }
    }
    return out;
  }

  /**
   * The units a refund of {@code scope} puts back in stock as it completes, given the order's
   * {@code refunds} so far (of which only completed ones count): its lines if it restocks, each at
   * most what is still out.
   */
  public static Map<ProductId, Integer> toRestock(
      Order order, List<Refund> refunds, RefundScope scope) {
    var back = new LinkedHashMap<ProductId, Integer>();
    if (!scope.restock()) {
      return back;
    }
    var out = stillOut(order, refunds);
    for (var line : scope.lines()) {
      var units = Math.min(line.quantity(), out.getOrDefault(line.productId(), 0));
      if (units > 0) {
        back.put(line.productId(), units);
      }
    }
    return back;
  }

  private static boolean stockIsOut(Order order) {
    return order.status() != OrderStatus.CANCELLED && order.status() != OrderStatus.PAYMENT_FAILED;
  }

  private static Map<ProductId, Integer> refunded(List<Refund> refunds) {
    var refunded = new HashMap<ProductId, Integer>();
    refunds.stream()
        .filter(refund -> refund.status() != RefundStatus.FAILED)
        .flatMap(refund -> refund.lines().stream())
        .forEach(line -> refunded.merge(line.productId(), line.quantity(), Integer::sum));
    return refunded;
  }

  private static OrderLine lineOf(Order order, ProductId product) {
    return order.lines().stream()
        .filter(line -> line.productId().equals(product))
        .findFirst()
        .orElse(null);
  }
}
