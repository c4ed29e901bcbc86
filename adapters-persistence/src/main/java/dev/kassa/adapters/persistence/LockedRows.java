package dev.kassa.adapters.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Rows of one table locked in a grouped unit of work ({@link WriteBehind}), as its units left them,
 * and which of them changed: a changed row is written at the flush. Changes can be undone back to a
 * {@linkplain #mark mark}, for a unit that failed.
 *
 * @param <K> the row's key
 * @param <V> the row, as the domain sees it
 */
final class LockedRows<K, V> {

  private final Function<V, K> key;
  private final Map<K, V> rows = new HashMap<>();
  private final Set<K> changed = new LinkedHashSet<>();
  private final List<Undo<K, V>> undo = new ArrayList<>();

  LockedRows(Function<V, K> key) {
    this.key = key;
  }

  /** The row of that key as the units so far left it, or null when it was not locked here. */
  V get(K id) {
    return rows.get(id);
  }

  /** The rows locked here, as the units so far left them. */
  Collection<V> all() {
    return rows.values();
  }

  /** Keeps rows just read under their locks. */
  void lockedNow(Collection<V> read) {
    read.forEach(row -> rows.put(key.apply(row), row));
  }

  /** Records a locked row's new state; it is written at the flush. */
  void changedTo(V row) {
    var id = key.apply(row);
    undo.add(new Undo<>(id, rows.get(id), changed.contains(id)));
    rows.put(id, row);
    changed.add(id);
  }

  /** The rows changed here, in the order they first changed. */
  List<V> changed() {
    return changed.stream().map(rows::get).toList();
  }

  /** Where the changes stand now, for {@link #undo}. */
  int mark() {
    return undo.size();
  }

  /** Puts every row changed since {@code mark} back as it was then. */
  void undo(int mark) {
    for (int i = undo.size() - 1; i >= mark; i--) {
      var step = undo.remove(i);
      rows.put(step.id(), step.before());
      if (!step.wasChanged()) {
        changed.remove(step.id());
      }
    }
  }

  /** Forgets every row: after a flush, the next unit locks and reads them again. */
  void clear() {
    rows.clear();
    changed.clear();
    undo.clear();
  }

  private record Undo<K, V>(K id, V before, boolean wasChanged) {}
}
