package dev.kassa.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One window of a list, with the total count of the whole list. */
public record Page<T>(List<T> items, int limit, int offset, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.limit(), request.offset(), total);
  }

  /** Cuts a page out of a complete, already ordered list. */
  public static <T> Page<T> slice(List<T> all, PageRequest request) {
    var from = (int) Math.min(all.size(), (long) request.offset());
    var to = (int) Math.min(all.size(), (long) from + request.limit());
    return of(all.subList(from, to), request, all.size());
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), limit, offset, total);
  }
}
