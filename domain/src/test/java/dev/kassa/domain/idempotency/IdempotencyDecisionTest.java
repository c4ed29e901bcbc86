package dev.kassa.domain.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyDecisionTest {

  private static final Instant STORED_AT = Instant.parse("2026-03-01T10:00:00Z");
  private static final StoredResponse CREATED = new StoredResponse(201, "{\"id\":\"t-1\"}");
  private static final Optional<IdempotencyRecord> STORED =
      Optional.of(IdempotencyRecord.answered("hash-a", CREATED, STORED_AT));

  @Test
  void aNewKeyProceeds() {
    assertThat(IdempotencyDecision.decide(Optional.empty(), "hash-a", STORED_AT))
        .isEqualTo(new IdempotencyDecision.Proceed());
  }

  @Test
  void theSameRequestReplaysTheStoredAnswer() {
    assertThat(IdempotencyDecision.decide(STORED, "hash-a", STORED_AT.plusSeconds(60)))
        .isEqualTo(new IdempotencyDecision.Replay(CREATED));
  }

  @Test
  void anotherRequestIsReused() {
    assertThat(IdempotencyDecision.decide(STORED, "hash-b", STORED_AT.plusSeconds(1)))
        .isEqualTo(new IdempotencyDecision.Reused());
  }

  @Test
  void anotherRequestIsReusedEvenOnceTheRecordExpired() {
    var muchLater = STORED_AT.plus(Duration.ofDays(3));

    assertThat(IdempotencyDecision.decide(STORED, "hash-b", muchLater))
        .isEqualTo(new IdempotencyDecision.Reused());
  }

  @Test
  void aRecordExactly24HoursOldStillReplays() {
    var atTheLimit = STORED_AT.plus(Duration.ofHours(24));

    assertThat(IdempotencyDecision.decide(STORED, "hash-a", atTheLimit))
        .isEqualTo(new IdempotencyDecision.Replay(CREATED));
  }

  @Test
  void aRecordJustOver24HoursOldProceeds() {
    var pastTheLimit = STORED_AT.plus(Duration.ofHours(24)).plusMillis(1);

    assertThat(IdempotencyDecision.decide(STORED, "hash-a", pastTheLimit))
        .isEqualTo(new IdempotencyDecision.Proceed());
  }

  @Test
  void theExpiryCutoffIsTheRetentionBeforeNow() {
    var now = STORED_AT.plus(Duration.ofHours(30));

    assertThat(IdempotencyRecord.expiryCutoff(now)).isEqualTo(STORED_AT.plus(Duration.ofHours(6)));
  }

  @Test
  void theSameRequestResumesAnEffectItBeganAndDidNotAnswer() {
    var begun = Optional.of(IdempotencyRecord.inProgress("hash-a", "order-1", STORED_AT));

    assertThat(IdempotencyDecision.decide(begun, "hash-a", STORED_AT.plusSeconds(5)))
        .isEqualTo(new IdempotencyDecision.Resume("order-1"));
    assertThat(IdempotencyDecision.decide(begun, "hash-b", STORED_AT.plusSeconds(5)))
        .isEqualTo(new IdempotencyDecision.Reused());
  }

  @Test
  void aRecordHoldsAnAnswerOrARecoveryPointNeverBothNorNeither() {
    assertThatThrownBy(() -> new IdempotencyRecord("hash-a", CREATED, "order-1", STORED_AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IdempotencyRecord("hash-a", null, null, STORED_AT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
