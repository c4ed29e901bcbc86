package dev.kassa.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.testing.Seeded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class JournalEntryTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final Reference REFERENCE = new Reference("transfer", UUID.randomUUID());

  private final AccountId alice = AccountId.newId();
  private final AccountId bob = AccountId.newId();
  private final AccountId carol = AccountId.newId();

  @Test
  void acceptsPostingsThatSumToZero() {
    var entry =
        entry(
            List.of(
                new Posting(alice, TransactionType.TRANSFER_OUT, -300),
                new Posting(bob, TransactionType.TRANSFER_IN, 200),
                new Posting(carol, TransactionType.TRANSFER_IN, 100)));

    assertThat(entry.postings()).hasSize(3);
    assertThat(entry.postings().stream().mapToLong(Posting::amount).sum()).isZero();
  }

  @Test
  void refusesAnUnbalancedEntry() {
    var postings =
        List.of(
            new Posting(alice, TransactionType.TRANSFER_OUT, -300),
            new Posting(bob, TransactionType.TRANSFER_IN, 299));

    assertThatThrownBy(() -> entry(postings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to zero");
  }

  @Test
  void refusesASinglePosting() {
    var postings = List.of(new Posting(alice, TransactionType.DEPOSIT, 100));

    assertThatThrownBy(() -> entry(postings)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnEntryWithoutPostings() {
    assertThatThrownBy(() -> entry(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesTheSameAccountTwice() {
    var postings =
        List.of(
            new Posting(alice, TransactionType.TRANSFER_OUT, -100),
            new Posting(alice, TransactionType.TRANSFER_IN, 100));

    assertThatThrownBy(() -> entry(postings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void refusesAZeroPosting() {
    assertThatThrownBy(() -> new Posting(alice, TransactionType.DEPOSIT, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesPostingsWhoseSumOverflows() {
    var postings =
        List.of(
            new Posting(alice, TransactionType.DEPOSIT, Long.MAX_VALUE),
            new Posting(bob, TransactionType.DEPOSIT, 1),
            new Posting(carol, TransactionType.WITHDRAWAL, Long.MIN_VALUE));

    assertThatThrownBy(() -> entry(postings)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void refusesADescriptionOverTheLimit() {
    var postings =
        List.of(
            new Posting(alice, TransactionType.TRANSFER_OUT, -1),
            new Posting(bob, TransactionType.TRANSFER_IN, 1));
    var atLimit = "x".repeat(JournalEntry.MAX_DESCRIPTION_LENGTH);

    assertThat(
            new JournalEntry(EntryId.newId(), EUR, postings, atLimit, REFERENCE, NOW).description())
        .hasSize(JournalEntry.MAX_DESCRIPTION_LENGTH);
    assertThatThrownBy(
            () -> new JournalEntry(EntryId.newId(), EUR, postings, atLimit + "x", REFERENCE, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void postingsCannotBeChangedAfterwards() {
    var postings = new ArrayList<Posting>();
    postings.add(new Posting(alice, TransactionType.TRANSFER_OUT, -1));
    postings.add(new Posting(bob, TransactionType.TRANSFER_IN, 1));
    var entry = entry(postings);
    postings.clear();

    assertThat(entry.postings()).hasSize(2);
    assertThatThrownBy(() -> entry.postings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void betweenMovesAPositiveAmountFromOneAccountToAnother() {
    var entry =
        JournalEntry.between(
            alice,
            TransactionType.TRANSFER_OUT,
            bob,
            TransactionType.TRANSFER_IN,
            250,
            EUR,
            "rent",
            REFERENCE,
            NOW);

    assertThat(entry.postings())
        .containsExactly(
            new Posting(alice, TransactionType.TRANSFER_OUT, -250),
            new Posting(bob, TransactionType.TRANSFER_IN, 250));
  }

  @Test
  void betweenRefusesAZeroOrNegativeAmount() {
    for (long amount : new long[] {0, -1}) {
      assertThatThrownBy(
              () ->
                  JournalEntry.between(
                      alice,
                      TransactionType.TRANSFER_OUT,
                      bob,
                      TransactionType.TRANSFER_IN,
                      amount,
                      EUR,
                      null,
                      REFERENCE,
                      NOW))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void locksAccountsInAscendingIdOrder() {
    var ids = new ArrayList<>(List.of(alice, bob, carol));
    var entry =
        entry(
            List.of(
                new Posting(carol, TransactionType.TRANSFER_IN, 5),
                new Posting(alice, TransactionType.TRANSFER_OUT, -7),
                new Posting(bob, TransactionType.TRANSFER_IN, 2)));
    ids.sort(null);

    assertThat(entry.accountsInLockOrder()).containsExactlyElementsOf(ids);
  }

  @Test
  void anyBalancedSetOfPostingsIsAcceptedAndSumsToZero(TestInfo test) {
    var seeded = Seeded.forTest(test.getDisplayName());
    var random = seeded.random();
    for (int run = 0; run < 2_000; run++) {
      var postings = balancedPostings(random);
      var size = postings.size();

      var entry = entry(postings);

      assertThat(entry.postings().stream().mapToLong(Posting::amount).sum())
          .as("%s, %s", postings, seeded.describe())
          .isZero();
      assertThat(entry.accountsInLockOrder()).as(seeded.describe()).isSorted().hasSize(size);
    }
  }

  /** Two to eight postings on distinct new accounts; the last one balances the others. */
  private static List<Posting> balancedPostings(SplittableRandom random) {
    while (true) {
      var postings = new ArrayList<Posting>();
      var count = random.nextInt(2, 9);
      long sum = 0;
      for (int i = 0; i < count - 1; i++) {
        var amount = random.nextLong(1, 1_000_000) * (random.nextBoolean() ? 1 : -1);
        postings.add(new Posting(AccountId.newId(), TransactionType.TRANSFER_IN, amount));
        sum += amount;
      }
      if (sum != 0) {
        postings.add(new Posting(AccountId.newId(), TransactionType.TRANSFER_OUT, -sum));
        return postings;
      }
    }
  }

  private static JournalEntry entry(List<Posting> postings) {
    return new JournalEntry(EntryId.newId(), EUR, postings, null, REFERENCE, NOW);
  }
}
