package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.orders.Checkout;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.payment.PaymentMethod;

/**
 * {@code POST /v1/checkout}: how to pay for the caller's cart: {@code {"type": "account",
 * "accountId": ...}}, {@code {"type": "card", "cardId": ...}} or {@code {"type": "gateway"}}, and
 * optionally where the order goes. An id that does not belong to the type is refused rather than
 * ignored.
 */
public record CheckoutRequest(
    @Required PaymentMethodRequest paymentMethod, ShippingAddressRequest shippingAddress) {

  private static final String TYPE = "paymentMethod.type";
  private static final String ACCOUNT_ID = "paymentMethod.accountId";
  private static final String CARD_ID = "paymentMethod.cardId";

  /** {@code type} {@code account} with {@code accountId}, {@code card} with {@code cardId}... */
  public record PaymentMethodRequest(@Required String type, String accountId, String cardId) {}

  public Checkout.Command toCommand(Fields fields) {
    var address = ShippingAddressRequest.toDomain(shippingAddress, fields);
    if (paymentMethod == null) {
      return new Checkout.Command(null, address);
    }
    var type = fields.parse(TYPE, paymentMethod.type(), CheckoutRequest::method);
    var account = fields.id(ACCOUNT_ID, paymentMethod.accountId(), AccountId::new);
    var card = fields.id(CARD_ID, paymentMethod.cardId(), CardId::new);
    var choice = fields.attempt("paymentMethod", () -> choice(type, account, card));
    return new Checkout.Command(choice, address);
  }

  /** The choice {@code type} names, or null when the type was refused (and reported). */
  private static PaymentChoice choice(PaymentMethod type, AccountId account, CardId card) {
    if (type == null) {
      return null;
    }
    var problems = new ValidationException.Collector();
    problems.check(card == null || type == PaymentMethod.CARD, CARD_ID, notTakenWith(type));
    problems.check(
        account == null || type == PaymentMethod.ACCOUNT, ACCOUNT_ID, notTakenWith(type));
    problems.throwIfAny();
    return switch (type) {
      case ACCOUNT -> PaymentChoice.account(account);
      case CARD -> PaymentChoice.card(card);
      case GATEWAY -> PaymentChoice.gateway();
    };
  }

  private static String notTakenWith(PaymentMethod type) {
    return "is not taken with type " + type.code();
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
