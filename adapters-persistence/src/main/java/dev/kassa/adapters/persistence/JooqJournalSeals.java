package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.JOURNAL_SEALS;

import dev.kassa.adapters.persistence.jooq.tables.records.JournalSealsRecord;
import dev.kassa.domain.ledger.JournalSeals;
import dev.kassa.domain.ledger.SealChain;
import dev.kassa.domain.ledger.SealCheck;
import java.time.Clock;
import java.util.ArrayList;
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
                new JournalSealsRecord()
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

  private SealCheck walk(DSLContext dsl) {
    var seals = dsl.selectFrom(JOURNAL_SEALS).orderBy(JOURNAL_SEALS.POSITION).fetch();
    if (seals.isEmpty()) {
      return SealCheck.intact(0, JournalRows.countAfter(dsl, 0, "entry", 0));
    }
    var last = seals.getLast();
    var unsealed =
        JournalRows.countAfter(dsl, last.getRowTxid(), last.getSource(), last.getRowSeq());
    var rows = JournalRows.upTo(dsl, last.getRowTxid(), last.getSource(), last.getRowSeq());
    var broken = firstBrokenLink(seals, rows);
    return broken == null
        ? SealCheck.intact(seals.size(), unsealed)
        : SealCheck.broken(seals.size(), unsealed, broken);
  }

  private static String firstBrokenLink(
      List<JournalSealsRecord> seals, List<JournalRows.Row> rows) {
    var previous = SealChain.GENESIS;
    for (int i = 0; i < seals.size(); i++) {
      var seal = seals.get(i);
      var sealed = seal.getSource() + " " + seal.getRowId();
      if (i >= rows.size()) {
        return "seal " + seal.getPosition() + ": " + sealed + " is gone";
      }
      var row = rows.get(i);
      if (!row.id().equals(seal.getRowId())
          || !row.sameAs(seal.getRowTxid(), seal.getSource(), seal.getRowSeq())) {
        return "seal "
            + seal.getPosition()
            + ": "
            + sealed
            + " expected, but "
            + row.source()
            + " "
            + row.id()
            + " is in its place (a row removed, or slipped in after sealing)";
      }
      previous = SealChain.next(previous, row.content());
      if (!previous.equals(seal.getHash())) {
        return "seal " + seal.getPosition() + ": " + sealed + " was changed after it was sealed";
      }
    }
    if (rows.size() > seals.size()) {
      var extra = rows.get(seals.size());
      return "after seal "
          + seals.getLast().getPosition()
          + ": "
          + extra.source()
          + " "
          + extra.id()
          + " was slipped in after sealing";
    }
    return null;
  }

  private static JournalSealsRecord last(DSLContext dsl) {
    return dsl.selectFrom(JOURNAL_SEALS).orderBy(JOURNAL_SEALS.POSITION.desc()).limit(1).fetchOne();
  }
}
