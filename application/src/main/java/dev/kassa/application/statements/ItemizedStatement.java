package dev.kassa.application.statements;

import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.Statement;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.shared.OrderId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A statement with what its shop payments bought: the lines of each order that a purchase or card
 * payment of the statement paid for, so that a customer sees the items without a second call.
 */
public record ItemizedStatement(Statement statement, Map<OrderId, List<OrderLine>> orders) {

  /** The types of line that pay for an order. */
  static final Set<TransactionType> ORDER_PAYMENTS =
      Set.of(TransactionType.PURCHASE, TransactionType.CARD_PAYMENT);

  static final String ORDER = "order";

  public ItemizedStatement {
    orders = Map.copyOf(orders);
  }

  /** The order a line paid for, when it is a purchase or card payment of an order. */
  static Optional<OrderId> paidOrder(AccountTransaction line) {
    var reference = line.reference();
    return ORDER_PAYMENTS.contains(line.type()) && ORDER.equals(reference.kind())
        ? Optional.of(new OrderId(reference.id()))
        : Optional.empty();
  }

  /** The items that {@code line} paid for; empty for a line that pays for no order. */
  public List<OrderLine> itemsOf(AccountTransaction line) {
    return paidOrder(line).map(order -> orders.getOrDefault(order, List.of())).orElse(List.of());
  }
}
