package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import java.util.List;

/** A journal entry once applied, with the log line it wrote on each account. */
public record PostedEntry(JournalEntry entry, List<AccountTransaction> lines) {

  public PostedEntry {
    lines = List.copyOf(lines);
  }

  public AccountTransaction lineFor(AccountId account) {
    return lines.stream()
        .filter(line -> line.accountId().equals(account))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no line for " + account));
  }
}
