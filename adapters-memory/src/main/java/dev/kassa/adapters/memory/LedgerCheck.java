package dev.kassa.adapters.memory;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.LedgerVerification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks the ledger invariants over one snapshot of accounts, log lines and pending holds. */
record LedgerCheck(List<Account> accounts, List<AccountTransaction> lines, List<Hold> pending) {

  LedgerVerification run() {
    var problems = new ArrayList<String>();
    var entries = lines.stream().collect(Collectors.groupingBy(AccountTransaction::entryId));
    entries.forEach((entry, entryLines) -> checkEntry(entry, entryLines, problems));
    var sums = new HashMap<AccountId, Long>();
    lines.forEach(line -> sums.merge(line.accountId(), line.amount().minor(), Math::addExact));
    accounts.forEach(account -> checkAccount(account, sums, problems));
    var held = new HashMap<AccountId, Long>();
    pending.forEach(hold -> held.merge(hold.accountId(), hold.amount().minor(), Math::addExact));
    accounts.forEach(account -> checkHeld(account, held, problems));
    return LedgerVerification.of(accounts.size(), entries.size(), problems);
  }

  private static void checkEntry(
      EntryId entry, List<AccountTransaction> entryLines, List<String> problems) {
    var currencies = entryLines.stream().map(line -> line.amount().currency()).distinct().count();
    var sum =
        entryLines.stream().mapToLong(line -> line.amount().minor()).reduce(0, Math::addExact);
    if (currencies != 1) {
      problems.add("entry " + entry + " mixes currencies");
    } else if (sum != 0) {
      problems.add("entry " + entry + " does not balance: its postings sum to " + sum);
    }
  }

  private static void checkHeld(Account account, Map<AccountId, Long> held, List<String> problems) {
    long sum = held.getOrDefault(account.id(), 0L);
    if (account.held() != sum) {
      problems.add(
          "account "
              + account.id()
              + " has held "
              + account.held()
              + " but its pending holds sum to "
              + sum);
    }
  }

  private static void checkAccount(
      Account account, Map<AccountId, Long> sums, List<String> problems) {
    long sum = sums.getOrDefault(account.id(), 0L);
    if (account.balance() != sum) {
      problems.add(
          "account "
              + account.id()
              + " has balance "
              + account.balance()
              + " but its postings sum to "
              + sum);
    }
    if (!account.isSystem() && account.availableBalance().isNegative()) {
      problems.add(
          "customer account " + account.id() + " is below zero: " + account.availableBalance());
    }
  }
}
