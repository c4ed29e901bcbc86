package dev.kassa.domain.event;

import java.util.Optional;

/** Every kind of domain event Kassa declares, each with its stable CloudEvents {@code type}. */
public enum EventType {
  USER_REGISTERED("user.registered"),
  ACCOUNT_OPENED("account.opened"),
  ACCOUNT_FROZEN("account.frozen"),
  ACCOUNT_UNFROZEN("account.unfrozen"),
  ACCOUNT_CLOSED("account.closed"),
  TRANSACTION_POSTED("transaction.posted"),
  TRANSFER_COMPLETED("transfer.completed"),
  CARD_ISSUED("card.issued"),
  CARD_STATUS_CHANGED("card.status_changed"),
  PRODUCT_CREATED("product.created"),
  PRODUCT_UPDATED("product.updated"),
  PRODUCT_ARCHIVED("product.archived"),
  STOCK_ADJUSTED("stock.adjusted"),
  STOCK_LOW("stock.low"),
  ORDER_PLACED("order.placed"),
  ORDER_PAID("order.paid"),
  ORDER_PAYMENT_FAILED("order.payment_failed"),
  ORDER_SHIPPED("order.shipped"),
  ORDER_DELIVERED("order.delivered"),
  ORDER_CANCELLED("order.cancelled"),
  REFUND_ISSUED("refund.issued"),
  HOLD_EXPIRED("hold.expired"),
  WEBHOOK_ENDPOINT_DISABLED("webhook_endpoint.disabled");

  private final String code;

  EventType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The type of that code, if any. */
  public static Optional<EventType> fromCode(String code) {
    for (var type : values()) {
      if (type.code.equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
