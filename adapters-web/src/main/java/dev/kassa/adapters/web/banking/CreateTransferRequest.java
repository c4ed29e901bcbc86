package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.shared.Money;

/** {@code POST /v1/transfers}: {@code amount} minor units from one account to another. */
public record CreateTransferRequest(
    @Required String fromAccountId,
    @Required String toAccountId,
    @Required Long amount,
    @Required String currency,
    String description) {

  public TransferMoney.Command toCommand() {
    var fields = new Fields();
    var from = fields.id("fromAccountId", fromAccountId, AccountId::new);
    var to = fields.id("toAccountId", toAccountId, AccountId::new);
    var code = fields.currency(currency);
    return fields.build(
        () -> new TransferMoney.Command(from, to, Money.of(amount, code), description));
  }
}
