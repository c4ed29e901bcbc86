package dev.kassa.adapters.persistence;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The append-only journal as the seal chain reads it: entries, postings and stock movements in one
 * order, {@code (txid, rank of the table, seq)}, each with its canonical content (a JSON array of
 * its columns, the time as epoch seconds, so that no session setting changes it).
 */
final class JournalRows {

  /** A journal row's place in the chain order, and what its hash covers. */
  record Row(String source, int rank, UUID id, long txid, long seq, String content) {

    boolean sameAs(long otherTxid, String otherSource, long otherSeq) {
      return txid == otherTxid && source.equals(otherSource) && seq == otherSeq;
    }
  }

  static final List<String> SOURCES = List.of("entry", "posting", "stock_movement");

  private static final String ENTRIES =
      """
      select 1 as rank, 'entry' as source, id, txid, seq,
        jsonb_build_array(id, seq, currency, description, reference_kind, reference_id,
          extract(epoch from created_at))::text as content
      from journal_entries
      """;

  private static final String POSTINGS =
      """
      select 2 as rank, 'posting' as source, id, txid, seq,
        jsonb_build_array(id, seq, entry_id, account_id, owner_id, type, amount, currency,
          balance_after, description, reference_kind, reference_id,
          extract(epoch from created_at))::text as content
      from postings
      """;

  private static final String MOVEMENTS =
      """
      select 3 as rank, 'stock_movement' as source, id, txid, seq,
        jsonb_build_array(id, seq, product_id, delta, stock_after, reason, order_id, actor_id,
          extract(epoch from created_at))::text as content
      from stock_movements
      """;

  /** Every row of the three tables written by transactions from {@code {0}} on. */
  private static final String UNION =
      "select * from ("
          + String.join(
              " union all ",
              List.of(ENTRIES, POSTINGS, MOVEMENTS).stream()
                  .map(table -> table + " where txid >= {0}::text::xid8")
                  .toList())
          + ") journal";

  /**
   * The first {@code {3}} rows of each table after the key {@code ({0}, {1}, {2})} in chain order,
   * written by transactions that are all over; the first {@code {3}} rows of the chain after the
   * key are among them. Each branch walks its table's {@code (txid, seq)} index from {@code {0}}
   * and stops at the limit, instead of reading every row since {@code {0}} (37 ms a run of the
   * sealer under load, measured).
   */
  private static final String FIRST_AFTER =
      "select * from ("
          + String.join(
              " union all ",
              firstAfter(ENTRIES, 1),
              firstAfter(POSTINGS, 2),
              firstAfter(MOVEMENTS, 3))
          + ") journal";

  private static final String KEY = "(txid, rank, seq)";

  private JournalRows() {}

  /** The branch of {@link #FIRST_AFTER} over {@code table}, whose rows have rank {@code rank}. */
  private static String firstAfter(String table, int rank) {
    return "("
        + table
        + " where txid >= {0}::text::xid8"
        + " and (txid, "
        + rank
        + ", seq) > ({0}::text::xid8, {1}, {2})"
        + " and txid < pg_snapshot_xmin(pg_current_snapshot())"
        + " order by txid, seq limit {3})";
  }

  static int rank(String source) {
    return SOURCES.indexOf(source) + 1;
  }

  /**
   * Up to {@code limit} rows after {@code (txid, source, seq)}, written by transactions that are
   * all over: below the oldest transaction still open, no row can come before them any more.
   */
  static List<Row> committedAfter(DSLContext dsl, long txid, String source, long seq, int limit) {
    return dsl.resultQuery(
            "select rank, source, id, txid::text::bigint as txid, seq, content from ("
                + FIRST_AFTER
                + ") j order by txid, rank, seq limit {3}",
            txid,
            rank(source),
            seq,
            limit)
        .fetch(JournalRows::row);
  }

  /**
   * Every row up to {@code (txid, source, seq)}, in chain order, read {@code fetchSize} rows at a
   * time (inside a transaction); the stream must be closed.
   */
  static Stream<Row> upTo(DSLContext dsl, long txid, String source, long seq, int fetchSize) {
    return dsl.resultQuery(
            "select rank, source, id, txid::text::bigint as txid, seq, content from ("
                + UNION.replace("{0}::text::xid8", "'0'::xid8")
                + ") j where "
                + KEY
                + " <= ({0}::text::xid8, {1}, {2}) order by txid, rank, seq",
            txid,
            rank(source),
            seq)
        .fetchSize(fetchSize)
        .fetchStream()
        .map(JournalRows::row);
  }

  /** How many rows come after {@code (txid, source, seq)}: written, and not sealed yet. */
  static long countAfter(DSLContext dsl, long txid, String source, long seq) {
    return dsl.resultQuery(
            "select count(*) from ("
                + UNION
                + ") j where "
                + KEY
                + " > ({0}::text::xid8, {1}, {2})",
            txid,
            rank(source),
            seq)
        .fetchOne(0, Long.class);
  }

  private static Row row(Record record) {
    return new Row(
        record.get("source", String.class),
        record.get("rank", Integer.class),
        record.get("id", UUID.class),
        record.get("txid", Long.class),
        record.get("seq", Long.class),
        record.get("content", String.class));
  }
}
