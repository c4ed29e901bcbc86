package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.POSTINGS;

import dev.kassa.domain.ledger.TransactionFilter;
import java.util.ArrayList;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Turns a {@link TransactionFilter} into a condition on the transaction log. */
final class PostingFilters {

  private PostingFilters() {}

  static Condition of(TransactionFilter filter) {
    var conditions = new ArrayList<Condition>();
    if (filter.owner() != null) {
      conditions.add(POSTINGS.OWNER_ID.eq(filter.owner().value()));
    }
    if (filter.accountId() != null) {
      conditions.add(POSTINGS.ACCOUNT_ID.eq(filter.accountId().value()));
    }
    if (filter.type() != null) {
      conditions.add(POSTINGS.TYPE.eq(filter.type().code()));
    }
    if (filter.from() != null) {
      conditions.add(POSTINGS.CREATED_AT.ge(filter.from()));
    }
    if (filter.to() != null) {
      conditions.add(POSTINGS.CREATED_AT.lt(filter.to()));
    }
    return DSL.and(conditions);
  }
}
