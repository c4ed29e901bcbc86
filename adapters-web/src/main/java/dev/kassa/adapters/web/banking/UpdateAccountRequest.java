package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.accounts.UpdateAccount;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.error.ValidationException;

/** {@code PATCH /v1/accounts/{id}}: a new {@code name} and/or {@code status} active or frozen. */
public record UpdateAccountRequest(String name, String status) {

  public UpdateAccount.Command toCommand(Fields fields) {
    var target = fields.parse("status", status, UpdateAccountRequest::status);
    return new UpdateAccount.Command(name, target);
  }

  private static AccountStatus status(String code) {
    for (var candidate : AccountStatus.values()) {
      if (candidate.code().equals(code)) {
        return candidate;
      }
    }
    throw ValidationException.of("status", "must be active or frozen");
  }
}
