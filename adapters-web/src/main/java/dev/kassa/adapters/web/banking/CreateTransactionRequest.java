package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.MultiLine;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.ValidationException;

/** {@code POST /v1/transactions}: a deposit or withdrawal of {@code amount} minor units. */
public record CreateTransactionRequest(
    @Required String accountId,
    @Required String type,
    @Required Long amount,
    @Required String currency,
    @MultiLine String description) {

  public PostCashTransaction.Command toCommand(Fields fields) {
    var account = fields.id("accountId", accountId, AccountId::new);
    var kind = fields.parse("type", type, CreateTransactionRequest::kind);
    var money = fields.money(amount, currency);
    return new PostCashTransaction.Command(account, kind, money, description);
  }

  private static PostCashTransaction.Kind kind(String code) {
    return switch (code) {
      case "deposit" -> PostCashTransaction.Kind.DEPOSIT;
      case "withdrawal" -> PostCashTransaction.Kind.WITHDRAWAL;
      default -> throw ValidationException.of("type", "must be deposit or withdrawal");
    };
  }
}
