package dev.kassa.domain.ledger;

import java.util.List;

/** The result of checking the whole ledger; {@code ok} when {@code problems} is empty. */
public record LedgerVerification(
    boolean ok, long checkedAccounts, long checkedEntries, List<String> problems) {

  public LedgerVerification {
    problems = List.copyOf(problems);
    if (ok != problems.isEmpty()) {
      throw new IllegalArgumentException("ok must mean no problems");
    }
  }

  public static LedgerVerification of(
      long checkedAccounts, long checkedEntries, List<String> problems) {
    return new LedgerVerification(problems.isEmpty(), checkedAccounts, checkedEntries, problems);
  }
}
