package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.banking.TransactionResponse.ReferenceResponse;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.order.OrderLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of a statement: a transaction as the log shows it, with the items of the order it paid
 * for (a purchase or a card payment; empty for any other line).
 */
public record StatementLineResponse(
    UUID id,
    UUID accountId,
    String type,
    long amount,
    String currency,
    long balanceAfter,
    String description,
    ReferenceResponse reference,
    Instant createdAt,
    List<ItemResponse> items) {

  /** An order line as it was sold; {@code unitPrice} in minor units of the line's currency. */
  public record ItemResponse(
      UUID productId, String sku, String name, int quantity, long unitPrice) {

    static ItemResponse from(OrderLine line) {
      return new ItemResponse(
          line.productId().value(),
          line.sku(),
          line.name(),
          line.quantity(),
          line.unitPrice().minor());
    }
  }

  public StatementLineResponse {
    items = List.copyOf(items);
  }

  static StatementLineResponse from(AccountTransaction line, List<OrderLine> items) {
    return new StatementLineResponse(
        line.id().value(),
        line.accountId().value(),
        line.type().code(),
        line.amount().minor(),
        line.amount().currency().getCurrencyCode(),
        line.balanceAfter().minor(),
        line.description(),
        ReferenceResponse.from(line.reference()),
        line.createdAt(),
        items.stream().map(ItemResponse::from).toList());
  }
}
