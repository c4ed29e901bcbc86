package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kassa.adapters.persistence.jooq.tables.records.OutboxRecord;
import dev.kassa.adapters.persistence.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;

/** Values bound over JDBC read back as jOOQ would have written them. */
class RenderedInsertTest {

  private final JooqDatabase database = new JooqDatabase(TestDatabase.dataSource());
  private final DSLContext dsl = database.dsl();

  private final RenderedInsert<OutboxRecord> insert =
      new RenderedInsert<>(
          OUTBOX,
          List.of(
              OUTBOX.ID,
              OUTBOX.TYPE,
              OUTBOX.SUBJECT,
              OUTBOX.SEQUENCE,
              OUTBOX.TIME,
              OUTBOX.DATA,
              OUTBOX.TRACEPARENT));

  @Test
  void everyKindOfValueReadsBackAsWritten() {
    var subject = "rendered-" + UUID.randomUUID();
    var time = Instant.parse("2030-01-02T03:04:05.123456Z");
    var first = row(subject, 1, time, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    var second = row(subject, 2, time.plusSeconds(1), null);

    var inserted = insert.execute(dsl, List.of(first, second));

    var stored =
        dsl.selectFrom(OUTBOX).where(OUTBOX.SUBJECT.eq(subject)).orderBy(OUTBOX.SEQUENCE).fetch();
    assertThat(inserted).isEqualTo(2);
    assertThat(stored)
        .extracting(
            OutboxRecord::getId,
            OutboxRecord::getSequence,
            OutboxRecord::getTime,
            OutboxRecord::getData,
            OutboxRecord::getTraceparent)
        .containsExactly(
            tuple(first.getId(), 1L, time, first.getData(), first.getTraceparent()),
            tuple(second.getId(), 2L, time.plusSeconds(1), second.getData(), null));
    assertThat(insert.execute(dsl, List.of())).isZero();
  }

  @Test
  void anyNumberOfRowsIsInsertedInStatementsOfAtMostTheLargestChunk() {
    var subject = "rendered-" + UUID.randomUUID();
    var time = Instant.parse("2030-01-02T03:04:05Z");
    int count = 2 * RenderedInsert.LARGEST_CHUNK + 276;
    var rows =
        IntStream.rangeClosed(1, count)
            .mapToObj(sequence -> row(subject, sequence, time, null))
            .toList();

    var inserted = insert.executeAll(dsl, rows);

    assertThat(inserted).isEqualTo(count);
    assertThat(
            dsl.select(OUTBOX.SEQUENCE)
                .from(OUTBOX)
                .where(OUTBOX.SUBJECT.eq(subject))
                .orderBy(OUTBOX.SEQUENCE)
                .fetch(OUTBOX.SEQUENCE))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
    assertThat(insert.executeAll(dsl, List.of())).isZero();
  }

  @Test
  void anEndingThatBindsValuesOfItsOwnIsRefused() {
    var binding =
        new RenderedInsert<OutboxRecord>(
            OUTBOX,
            List.of(OUTBOX.ID, OUTBOX.TYPE, OUTBOX.SUBJECT, OUTBOX.SEQUENCE, OUTBOX.TIME),
            values -> values.onConflict(OUTBOX.ID).doUpdate().set(OUTBOX.TYPE, "bound"));
    var row = row("rendered-" + UUID.randomUUID(), 1, Instant.now(), null);

    assertThatThrownBy(() -> binding.execute(dsl, List.of(row)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("binds other values");
    assertThat(dsl.fetchExists(OUTBOX, OUTBOX.ID.eq(row.getId()))).isFalse();
  }

  private static OutboxRecord row(String subject, long sequence, Instant time, String trace) {
    return new OutboxRecord()
        .setId(UUID.randomUUID())
        .setType("transfer.completed")
        .setSubject(subject)
        .setSequence(sequence)
        .setTime(time)
        .setData(JSONB.valueOf("{\"amount\": " + sequence + ", \"note\": \"é\"}"))
        .setTraceparent(trace);
  }
}
