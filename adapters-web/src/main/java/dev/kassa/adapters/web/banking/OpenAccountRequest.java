package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.domain.account.AccountType;

/** {@code POST /v1/accounts}: {@code type} checking or savings, {@code currency}, {@code name}. */
public record OpenAccountRequest(@Required String type, @Required String currency, String name) {

  public OpenAccount.Command toCommand(Fields fields) {
    var accountType = fields.parse("type", type, AccountType::parseCustomerType);
    var code = fields.currency(currency);
    return new OpenAccount.Command(accountType, code, name);
  }
}
