package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.JOURNAL_SEALS;

import dev.kassa.adapters.persistence.jooq.tables.records.JournalSealsRecord;
import dev.kassa.domain.ledger.JournalSeals;
import dev.kassa.domain.ledger.SealChain;
import dev.kassa.domain.ledger.SealCheck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The seal chain in PostgreSQL. A sealing run holds a transaction-scoped advisory lock, so runs of
 * several processes take turns; nothing on the money path takes it. It seals rows in the order of
 * {@link JournalRows}, only those whose writing transaction is below the oldest one still open
 * ({@code pg_snapshot_xmin}), so that no row can later commit before a sealed one.
 */
public final class JooqJournalSeals implements JournalSeals {

  private static final long SEALING_LOCK = 0x6b61737361L;

  /** Rows a verification reads from the database at a time. */
  private static final int FETCH_SIZE = 1_000;

  private static final RenderedInsert<JournalSealsRecord> SEALS =
      new RenderedInsert<>(
          JOURNAL_SEALS,
          List.of(
              JOURNAL_SEALS.POSITION,
              JOURNAL_SEALS.SOURCE,
              JOURNAL_SEALS.ROW_ID,
              JOURNAL_SEALS.ROW_TXID,
              JOURNAL_SEALS.ROW_SEQ,
              JOURNAL_SEALS.HASH,
              JOURNAL_SEALS.SEALED_AT));

  private final JooqDatabase database;
  private final Clock clock;

  public JooqJournalSeals(JooqDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public int sealCommitted(int limit) {
    return database.unhurried(
        dsl -> {
          dsl.execute("select pg_advisory_xact_lock({0})", SEALING_LOCK);
          var last = last(dsl);
          var rows =
              last == null
                  ? JournalRows.committedAfter(dsl, 0, JournalRows.SOURCES.getFirst(), 0, limit)
                  : JournalRows.committedAfter(
                      dsl, last.getRowTxid(), last.getSource(), last.getRowSeq(), limit);
          var position = last == null ? 0 : last.getPosition();
          var previous = last == null ? SealChain.GENESIS : last.getHash();
          var now = clock.instant();
          var seals = new ArrayList<JournalSealsRecord>();
          for (var row : rows) {
            previous = SealChain.next(previous, row.content());
            seals.add(
                Rows.of(JOURNAL_SEALS)
                    .setPosition(++position)
                    .setSource(row.source())
                    .setRowId(row.id())
                    .setRowTxid(row.txid())
                    .setRowSeq(row.seq())
                    .setHash(previous)
                    .setSealedAt(now));
          }
          SEALS.executeAll(dsl, seals);
          return seals.size();
        });
  }

  @Override
  public SealCheck verify() {
    return database.unhurried(this::walk);
  }

  /**
   * Walks the seals and the journal rows side by side, each read through a cursor of {@value
   * #FETCH_SIZE} rows at a time, so that memory stays flat however long the journal is. Both stop
   * at the last seal as it stood at the start: each statement sees what has committed by the time
   * it runs, and a sealer of another process may add seals meanwhile.
   */
  private SealCheck walk(DSLContext dsl) {
    var last = last(dsl);
    if (last == null) {
      return SealCheck.intact(0, JournalRows.countAfter(dsl, 0, "entry", 0));
    }
    var unsealed =
        JournalRows.countAfter(dsl, last.getRowTxid(), last.getSource(), last.getRowSeq());
    try (var seals =
            dsl.selectFrom(JOURNAL_SEALS)
                .where(JOURNAL_SEALS.POSITION.le(last.getPosition()))
                .orderBy(JOURNAL_SEALS.POSITION)
                .fetchSize(FETCH_SIZE)
                .fetchStream();
        var rows =
            JournalRows.upTo(
                dsl, last.getRowTxid(), last.getSource(), last.getRowSeq(), FETCH_SIZE)) {
      var chain = new Chain(rows.iterator());
      seals.forEach(chain::check);
      var broken = chain.end();
      return broken == null
          ? SealCheck.intact(chain.sealed, unsealed)
          : SealCheck.broken(chain.sealed, unsealed, broken);
    }
  }

  /** The seals checked one by one against the journal rows, in chain order. */
  private static final class Chain {

    private final Iterator<JournalRows.Row> rows;
    private String previous = SealChain.GENESIS;
    private JournalSealsRecord lastSeal;
    private String broken;
    private long sealed;

    Chain(Iterator<JournalRows.Row> rows) {
      this.rows = rows;
    }

    /** Checks the next seal, unless the chain broke before it; counts it either way. */
    void check(JournalSealsRecord seal) {
      sealed++;
      lastSeal = seal;
      if (broken == null) {
        broken = brokenAt(seal);
      }
    }

    private String brokenAt(JournalSealsRecord seal) {
      var sealedRow = seal.getSource() + " " + seal.getRowId();
      if (!rows.hasNext()) {
        return "seal " + seal.getPosition() + ": " + sealedRow + " is gone";
      }
      var row = rows.next();
      if (!row.id().equals(seal.getRowId())
          || !row.sameAs(seal.getRowTxid(), seal.getSource(), seal.getRowSeq())) {
        return "seal "
            + seal.getPosition()
            + ": "
            + sealedRow
            + " expected, but "
            + row.source()
            + " "
            + row.id()
            + " is in its place (a row removed, or slipped in after sealing)";
      }
      previous = SealChain.next(previous, row.content());
      if (!previous.equals(seal.getHash())) {
        return "seal " + seal.getPosition() + ": " + sealedRow + " was changed after it was sealed";
      }
      return null;
    }

    /** The first broken link, or a row left over after the last seal, or null. */
    String end() {
      if (broken == null && rows.hasNext()) {
        var extra = rows.next();
        return "after seal "
            + lastSeal.getPosition()
            + ": "
            + extra.source()
            + " "
            + extra.id()
            + " was slipped in after sealing";
      }
      return broken;
    }
  }

  private static JournalSealsRecord last(DSLContext dsl) {
    return dsl.selectFrom(JOURNAL_SEALS).orderBy(JOURNAL_SEALS.POSITION.desc()).limit(1).fetchOne();
  }
}
