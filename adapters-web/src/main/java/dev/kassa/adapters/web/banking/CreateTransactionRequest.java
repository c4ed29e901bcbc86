package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;

/** {@code POST /v1/transactions}: a deposit or withdrawal of {@code amount} minor units. */
public record CreateTransactionRequest(
    @Required String accountId,
    @Required String type,
    @Required Long amount,
    @Required String currency,
    String description) {

  public PostCashTransaction.Command toCommand() {
    var fields = new Fields();
    var account = fields.id("accountId", accountId, AccountId::new);
    var kind = fields.parse("type", type, CreateTransactionRequest::kind);
    var code = fields.currency(currency);
    return fields.build(
        () -> new PostCashTransaction.Command(account, kind, Money.of(amount, code), description));
  }

  private static PostCashTransaction.Kind kind(String code) {
    return switch (code) {
      case "deposit" -> PostCashTransaction.Kind.DEPOSIT;
      case "withdrawal" -> PostCashTransaction.Kind.WITHDRAWAL;
      default -> throw ValidationException.of("type", "must be deposit or withdrawal");
    };
  }
}
