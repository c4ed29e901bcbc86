package dev.kassa.application.payments;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.error.ValidationException;

/** How a buyer pays an order: from a Kassa account, by a card hold, or at the payment provider. */
public sealed interface PaymentChoice {

  record FromAccount(AccountId accountId) implements PaymentChoice {
    public FromAccount {
      if (accountId == null) {
        throw ValidationException.of("paymentMethod.accountId", "is required");
      }
    }
  }

  record ByCard(CardId cardId) implements PaymentChoice {
    public ByCard {
      if (cardId == null) {
        throw ValidationException.of("paymentMethod.cardId", "is required");
      }
    }
  }

  record ThroughGateway() implements PaymentChoice {}

  static PaymentChoice account(AccountId id) {
    return new FromAccount(id);
  }

  static PaymentChoice card(CardId id) {
    return new ByCard(id);
  }

  static PaymentChoice gateway() {
    return new ThroughGateway();
  }
}
