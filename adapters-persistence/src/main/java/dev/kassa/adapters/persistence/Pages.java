package dev.kassa.adapters.persistence;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Table;

/** One page of a table's rows with the total count of all matching rows. */
final class Pages {

  private Pages() {}

  static <R extends Record, T> Page<T> fetch(
      DSLContext dsl,
      Table<R> table,
      Condition where,
      List<? extends OrderField<?>> order,
      PageRequest request,
      Function<R, T> mapper) {
    var items =
        dsl.selectFrom(table)
            .where(where)
            .orderBy(order)
            .limit(request.limit())
            .offset(request.offset())
            .fetch(mapper::apply);
    return Page.of(items, request, dsl.fetchCount(table, where));
  }
}
