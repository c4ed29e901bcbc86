package dev.kassa.adapters.web.admin;

import dev.kassa.application.ledger.LedgerReport;
import java.util.List;

/**
 * The result of checking the ledger and the stock journal; {@code ok} exactly when {@code problems}
 * is empty.
 */
public record LedgerVerificationResponse(
    boolean ok,
    long checkedAccounts,
    long checkedEntries,
    long checkedProducts,
    List<String> problems) {

  public LedgerVerificationResponse {
    problems = List.copyOf(problems);
  }

  public static LedgerVerificationResponse from(LedgerReport report) {
    return new LedgerVerificationResponse(
        report.ok(),
        report.money().checkedAccounts(),
        report.money().checkedEntries(),
        report.stock().checkedProducts(),
        report.problems());
  }
}
