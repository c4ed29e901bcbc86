package dev.kassa.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.testing.Seeded;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Applies random balanced entries to a small book of accounts through {@link Account#post}, the way
 * the ledger does (all postings of an entry or none), and checks after every step that money is
 * neither created nor lost and that no customer account goes below zero.
 */
class LedgerInvariantPropertiesTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final int STEPS = 20_000;

  @Test
  void randomEntriesNeverCreateMoneyNorOverdrawACustomer(TestInfo test) {
    var seeded = Seeded.forTest(test.getDisplayName());
    var random = seeded.random();
    var book = new LinkedHashMap<AccountId, Account>();
    var posted = new HashMap<AccountId, Long>();
    var cash = add(book, Account.system(AccountType.CASH, EUR, NOW));
    add(book, Account.system(AccountType.MERCHANT_REVENUE, EUR, NOW));
    for (int i = 0; i < 6; i++) {
      add(book, Account.open(UserId.newId(), AccountType.CHECKING, EUR, null, NOW));
    }
    var withHold =
        withOpenHold(Account.open(UserId.newId(), AccountType.CHECKING, EUR, null, NOW), 300);
    add(book, withHold);
    add(book, cash.post(-300));
    posted.put(cash.id(), -300L);
    posted.put(withHold.id(), 300L);
    var frozen =
        add(
            book,
            Account.open(UserId.newId(), AccountType.SAVINGS, EUR, null, NOW)
                .changeStatus(AccountStatus.FROZEN));
    var ids = List.copyOf(book.keySet());
    int applied = 0;
    int refused = 0;

    for (int step = 0; step < STEPS; step++) {
      var entry = randomEntry(random, ids);
      var outcome = apply(book, entry);
      if (outcome == null) {
        refused++;
      } else {
        applied++;
        book.putAll(outcome);
        entry.postings().forEach(p -> posted.merge(p.accountId(), p.amount(), Long::sum));
      }

      var step0 = step;
      assertThat(book.values().stream().mapToLong(Account::balance).sum())
          .as("sum of balances after step %d, %s", step0, seeded.describe())
          .isZero();
      assertThat(book.values())
          .as("customer balances after step %d, %s", step0, seeded.describe())
          .filteredOn(account -> !account.isSystem())
          .allSatisfy(account -> assertThat(account.availableBalance().minor()).isNotNegative());
    }

    assertThat(book.get(frozen.id()).balance()).as(seeded.describe()).isZero();
    assertThat(book.get(withHold.id()).balance()).as(seeded.describe()).isGreaterThanOrEqualTo(300);
    assertThat(book.values())
        .as("every balance equals the sum of its postings, %s", seeded.describe())
        .allSatisfy(
            account ->
                assertThat(account.balance()).isEqualTo(posted.getOrDefault(account.id(), 0L)));
    assertThat(applied).as("entries applied, %s", seeded.describe()).isGreaterThan(STEPS / 10);
    assertThat(refused).as("entries refused, %s", seeded.describe()).isGreaterThan(0);
  }

  /** The accounts after the entry, or null when one of them refuses its posting. */
  private static Map<AccountId, Account> apply(Map<AccountId, Account> book, JournalEntry entry) {
    var changed = new HashMap<AccountId, Account>();
    for (var id : entry.accountsInLockOrder()) {
      var posting =
          entry.postings().stream().filter(p -> p.accountId().equals(id)).findFirst().orElseThrow();
      try {
        changed.put(id, book.get(id).post(posting.amount()));
      } catch (ConflictException refused) {
        assertThat(refused.code()).isIn("insufficient_funds", "account_not_active");
        return null;
      }
    }
    return changed;
  }

  private static JournalEntry randomEntry(SplittableRandom random, List<AccountId> ids) {
    var shuffled = new ArrayList<>(ids);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      var j = random.nextInt(i + 1);
      var swap = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, swap);
    }
    var count = random.nextInt(2, 5);
    while (true) {
      var postings = new ArrayList<Posting>();
      long sum = 0;
      for (int i = 0; i < count - 1; i++) {
        var amount = random.nextLong(1, 500) * (random.nextBoolean() ? 1 : -1);
        postings.add(new Posting(shuffled.get(i), TransactionType.TRANSFER_IN, amount));
        sum += amount;
      }
      if (sum != 0) {
        postings.add(new Posting(shuffled.get(count - 1), TransactionType.TRANSFER_OUT, -sum));
        return new JournalEntry(
            EntryId.newId(), EUR, postings, null, new Reference("test", UUID.randomUUID()), NOW);
      }
    }
  }

  /** The account with {@code amount} deposited and the same amount held by an open hold. */
  private static Account withOpenHold(Account account, long amount) {
    return new Account(
        account.id(),
        account.ownerId(),
        account.type(),
        account.currency(),
        account.name(),
        account.status(),
        amount,
        amount,
        account.createdAt());
  }

  private static Account add(Map<AccountId, Account> book, Account account) {
    book.put(account.id(), account);
    return account;
  }
}
