package dev.kassa.adapters.web.admin;

import dev.kassa.domain.ledger.LedgerVerification;
import java.util.List;

/** The result of checking the ledger; {@code ok} exactly when {@code problems} is empty. */
public record LedgerVerificationResponse(
    boolean ok, long checkedAccounts, long checkedEntries, List<String> problems) {

  public LedgerVerificationResponse {
    problems = List.copyOf(problems);
  }

  public static LedgerVerificationResponse from(LedgerVerification verification) {
    return new LedgerVerificationResponse(
        verification.ok(),
        verification.checkedAccounts(),
        verification.checkedEntries(),
        verification.problems());
  }
}
