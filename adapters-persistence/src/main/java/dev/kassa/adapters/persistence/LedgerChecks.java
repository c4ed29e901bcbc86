package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ACCOUNTS;
import static dev.kassa.adapters.persistence.jooq.Tables.HOLDS;
import static dev.kassa.adapters.persistence.jooq.Tables.JOURNAL_ENTRIES;
import static dev.kassa.adapters.persistence.jooq.Tables.POSTINGS;

import dev.kassa.domain.ledger.HoldStatus;
import dev.kassa.domain.ledger.LedgerVerification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The ledger's invariants, each checked by one query over the whole ledger. */
final class LedgerChecks {

  private final DSLContext dsl;

  LedgerChecks(DSLContext dsl) {
    this.dsl = dsl;
  }

  LedgerVerification run() {
    var problems = new ArrayList<String>();
    problems.addAll(unbalancedEntries());
    problems.addAll(foreignCurrencyPostings());
    problems.addAll(balancesDifferingFromPostings());
    problems.addAll(heldDifferingFromPendingHolds());
    problems.addAll(customerAccountsBelowZero());
    return LedgerVerification.of(
        dsl.fetchCount(ACCOUNTS), dsl.fetchCount(JOURNAL_ENTRIES), problems);
  }

  private List<String> unbalancedEntries() {
    var total = DSL.sum(POSTINGS.AMOUNT);
    return dsl.select(POSTINGS.ENTRY_ID, total)
        .from(POSTINGS)
        .groupBy(POSTINGS.ENTRY_ID)
        .having(total.ne(BigDecimal.ZERO))
        .orderBy(POSTINGS.ENTRY_ID)
        .fetch(
            row ->
                "entry " + row.value1() + " does not balance: its postings sum to " + row.value2());
  }

  private List<String> foreignCurrencyPostings() {
    return dsl.select(POSTINGS.ID, POSTINGS.CURRENCY, ACCOUNTS.ID, ACCOUNTS.CURRENCY)
        .from(POSTINGS)
        .join(ACCOUNTS)
        .on(ACCOUNTS.ID.eq(POSTINGS.ACCOUNT_ID))
        .join(JOURNAL_ENTRIES)
        .on(JOURNAL_ENTRIES.ID.eq(POSTINGS.ENTRY_ID))
        .where(POSTINGS.CURRENCY.ne(ACCOUNTS.CURRENCY))
        .or(POSTINGS.CURRENCY.ne(JOURNAL_ENTRIES.CURRENCY))
        .orderBy(POSTINGS.ID)
        .fetch(
            row ->
                "posting "
                    + row.value1()
                    + " in "
                    + row.value2()
                    + " does not match the currency of account "
                    + row.value3()
                    + " ("
                    + row.value4()
                    + ") or of its entry");
  }

  private List<String> balancesDifferingFromPostings() {
    var posted = DSL.coalesce(DSL.sum(POSTINGS.AMOUNT), BigDecimal.ZERO);
    return dsl.select(ACCOUNTS.ID, ACCOUNTS.BALANCE, posted)
        .from(ACCOUNTS)
        .leftJoin(POSTINGS)
        .on(POSTINGS.ACCOUNT_ID.eq(ACCOUNTS.ID))
        .groupBy(ACCOUNTS.ID, ACCOUNTS.BALANCE)
        .having(ACCOUNTS.BALANCE.cast(BigDecimal.class).ne(posted))
        .orderBy(ACCOUNTS.ID)
        .fetch(
            row ->
                "account "
                    + row.value1()
                    + " has balance "
                    + row.value2()
                    + " but its postings sum to "
                    + row.value3());
  }

  private List<String> heldDifferingFromPendingHolds() {
    var pending = DSL.coalesce(DSL.sum(HOLDS.AMOUNT), BigDecimal.ZERO);
    return dsl.select(ACCOUNTS.ID, ACCOUNTS.HELD, pending)
        .from(ACCOUNTS)
        .leftJoin(HOLDS)
        .on(HOLDS.ACCOUNT_ID.eq(ACCOUNTS.ID))
        .and(HOLDS.STATUS.eq(HoldStatus.PENDING.code()))
        .groupBy(ACCOUNTS.ID, ACCOUNTS.HELD)
        .having(ACCOUNTS.HELD.cast(BigDecimal.class).ne(pending))
        .orderBy(ACCOUNTS.ID)
        .fetch(
            row ->
                "account "
                    + row.value1()
                    + " has held "
                    + row.value2()
                    + " but its pending holds sum to "
                    + row.value3());
  }

  private List<String> customerAccountsBelowZero() {
    return dsl.select(ACCOUNTS.ID, ACCOUNTS.BALANCE, ACCOUNTS.HELD)
        .from(ACCOUNTS)
        .where(ACCOUNTS.OWNER_ID.isNotNull())
        .and(ACCOUNTS.BALANCE.minus(ACCOUNTS.HELD).lt(0L))
        .orderBy(ACCOUNTS.ID)
        .fetch(
            row ->
                "customer account "
                    + row.value1()
                    + " is below zero: balance "
                    + row.value2()
                    + ", held "
                    + row.value3());
  }
}
