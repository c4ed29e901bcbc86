package dev.kassa.adapters.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A map of immutable rows. Reads are lock-free; every write runs in the current unit of work (or in
 * one of its own) and registers its undo, so a failed unit leaves the table as it found it.
 */
final class Table<K, V> {

  private final ConcurrentHashMap<K, V> rows = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;

  Table(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  Optional<V> find(K key) {
    return Optional.ofNullable(rows.get(key));
  }

  Stream<V> rows() {
    return rows.values().stream();
  }

  Stream<K> keys() {
    return rows.keySet().stream();
  }

  int size() {
    return rows.size();
  }

  /** Stores the row, replacing any row of the same key. */
  void put(K key, V value) {
    transactions.run(
        () -> {
          var previous = rows.put(key, value);
          transactions.onRollback(() -> restore(key, previous));
        });
  }

  /** Stores the row unless its key is taken; returns whether it did. */
  boolean insert(K key, V value) {
    return transactions.inTransaction(
        () -> {
          if (rows.putIfAbsent(key, value) != null) {
            return false;
          }
          transactions.onRollback(() -> rows.remove(key));
          return true;
        });
  }

  /** Removes the row of that key, if any; returns whether there was one. */
  boolean remove(K key) {
    return transactions.inTransaction(
        () -> {
          var previous = rows.remove(key);
          if (previous == null) {
            return false;
          }
          transactions.onRollback(() -> rows.put(key, previous));
          return true;
        });
  }

  /** Removes every row that matches; returns how many. */
  int removeIf(Predicate<? super V> condition) {
    return transactions.inTransaction(
        () -> {
          var doomed =
              rows.entrySet().stream()
                  .filter(row -> condition.test(row.getValue()))
                  .map(Map.Entry::getKey)
                  .toList();
          doomed.forEach(this::remove);
          return doomed.size();
        });
  }

  private void restore(K key, V previous) {
    if (previous == null) {
      rows.remove(key);
    } else {
      rows.put(key, previous);
    }
  }
}
