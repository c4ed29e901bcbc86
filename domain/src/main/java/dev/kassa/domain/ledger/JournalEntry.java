package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One balanced movement of money in one currency: its postings sum to zero, so money is never
 * created or lost. Each account appears at most once.
 */
public record JournalEntry(
    EntryId id,
    Currency currency,
    List<Posting> postings,
    String description,
    Reference reference,
    Instant createdAt) {

  public static final int MAX_DESCRIPTION_LENGTH = 500;

  public JournalEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(createdAt, "createdAt");
    postings = List.copyOf(postings);
    if (postings.size() < 2) {
      throw new IllegalArgumentException("an entry has at least two postings");
    }
    long sum = 0;
    var accounts = new HashSet<AccountId>();
    for (var posting : postings) {
      sum = Math.addExact(sum, posting.amount());
      if (!accounts.add(posting.accountId())) {
        throw new IllegalArgumentException("an account appears twice in one entry");
      }
    }
    if (sum != 0) {
      throw new IllegalArgumentException("postings of an entry must sum to zero, got " + sum);
    }
    if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException("description too long");
    }
  }

  /** Money moving from one account to another: the common two-posting entry. */
  public static JournalEntry between(
      AccountId from,
      TransactionType outType,
      AccountId to,
      TransactionType inType,
      long amount,
      Currency currency,
      String description,
      Reference reference,
      Instant now) {
    if (amount <= 0) {
      throw new IllegalArgumentException("amount must be positive");
    }
    return new JournalEntry(
        EntryId.newId(),
        currency,
        List.of(new Posting(from, outType, -amount), new Posting(to, inType, amount)),
        description,
        reference,
        now);
  }

  /** The accounts touched, in ascending id order: the order in which to lock them. */
  public List<AccountId> accountsInLockOrder() {
    return postings.stream().map(Posting::accountId).sorted().toList();
  }
}
