package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.MultiLine;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.domain.account.AccountId;

/** {@code POST /v1/transfers}: {@code amount} minor units from one account to another. */
public record CreateTransferRequest(
    @Required String fromAccountId,
    @Required String toAccountId,
    @Required Long amount,
    @Required String currency,
    @MultiLine String description) {

  public TransferMoney.Command toCommand(Fields fields) {
    var from = fields.id("fromAccountId", fromAccountId, AccountId::new);
    var to = fields.id("toAccountId", toAccountId, AccountId::new);
    var money = fields.money(amount, currency);
    return new TransferMoney.Command(from, to, money, description);
  }
}
