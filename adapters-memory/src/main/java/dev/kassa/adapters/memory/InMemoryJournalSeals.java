package dev.kassa.adapters.memory;

import dev.kassa.domain.ledger.JournalSeals;
import dev.kassa.domain.ledger.SealChain;
import dev.kassa.domain.ledger.SealCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seal chain in memory: postings, then stock movements, each in the order they were written.
 * Units of work run one at a time here, so every row a sealing unit sees is committed.
 */
public final class InMemoryJournalSeals implements JournalSeals {

  private record Seal(String source, UUID id, String hash) {}

  private final InMemoryTransactions transactions;
  private final InMemoryLedger ledger;
  private final InMemoryProducts products;
  private final List<Seal> seals = new ArrayList<>();
  private final Map<String, Long> sealedThrough = new HashMap<>();

  public InMemoryJournalSeals(
      InMemoryTransactions transactions, InMemoryLedger ledger, InMemoryProducts products) {
    this.transactions = transactions;
    this.ledger = ledger;
    this.products = products;
  }

  @Override
  public int sealCommitted(int limit) {
    return transactions.inTransaction(
        () -> {
          var pending = unsealed().limit(limit).toList();
          var previous = seals.isEmpty() ? SealChain.GENESIS : seals.getLast().hash();
          for (var row : pending) {
            previous = SealChain.next(previous, row.content());
            seals.add(new Seal(row.source(), row.id(), previous));
            sealedThrough.put(row.source(), row.sequence());
          }
          return pending.size();
        });
  }

  @Override
  public SealCheck verify() {
    return transactions.inTransaction(
        () -> {
          var rows =
              journal(0, 0)
                  .collect(Collectors.toMap(row -> row.source() + row.id(), Function.identity()));
          var unsealed = unsealed().count();
          var previous = SealChain.GENESIS;
          for (int position = 0; position < seals.size(); position++) {
            var seal = seals.get(position);
            var row = rows.get(seal.source() + seal.id());
            if (row == null) {
              return SealCheck.broken(seals.size(), unsealed, missing(position, seal));
            }
            previous = SealChain.next(previous, row.content());
            if (!previous.equals(seal.hash())) {
              return SealCheck.broken(seals.size(), unsealed, changed(position, seal));
            }
          }
          return SealCheck.intact(seals.size(), unsealed);
        });
  }

  private Stream<JournalRow> unsealed() {
    return journal(
        sealedThrough.getOrDefault(InMemoryLedger.SOURCE, 0L),
        sealedThrough.getOrDefault(InMemoryProducts.SOURCE, 0L));
  }

  private Stream<JournalRow> journal(long postingsAfter, long movementsAfter) {
    return Stream.concat(
        ledger.journalRows(postingsAfter).sorted(Comparator.comparingLong(JournalRow::sequence)),
        products
            .journalRows(movementsAfter)
            .sorted(Comparator.comparingLong(JournalRow::sequence)));
  }

  private static String missing(int position, Seal seal) {
    return "seal " + (position + 1) + ": " + seal.source() + " " + seal.id() + " is gone";
  }

  private static String changed(int position, Seal seal) {
    return "seal "
        + (position + 1)
        + ": "
        + seal.source()
        + " "
        + seal.id()
        + " was changed after it was sealed";
  }
}
