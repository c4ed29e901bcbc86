package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.orders.Checkout;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.order.PaymentMethod;

/**
 * {@code POST /v1/checkout}: how to pay for the caller's cart. Only {@code {"type": "account",
 * "accountId": ...}} is taken yet; {@code card} and {@code gateway} are refused as not available.
 */
public record CheckoutRequest(@Required PaymentMethodRequest paymentMethod) {

  /** {@code type} {@code account} with {@code accountId}, {@code card} with {@code cardId}... */
  public record PaymentMethodRequest(@Required String type, String accountId, String cardId) {}

  public Checkout.Command toCommand() {
    var fields = new Fields();
    var method = fields.parse("paymentMethod.type", paymentMethod.type(), CheckoutRequest::method);
    var account =
        paymentMethod.accountId() == null
            ? null
            : fields.id("paymentMethod.accountId", paymentMethod.accountId(), AccountId::new);
    return fields.build(() -> new Checkout.Command(method, account));
  }

  private static PaymentMethod method(String code) {
    return switch (code) {
      case "account" -> PaymentMethod.ACCOUNT;
      case "card" -> PaymentMethod.CARD;
      case "gateway" -> PaymentMethod.GATEWAY;
      default -> throw ValidationException.of("type", "must be account, card or gateway");
    };
  }
}
