package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.audit.AuditLog} adapter must do. */
public abstract class AuditLogContract extends PortContract {

  @Test
  void recordedEventsAreListedNewestFirstAsRecorded() {
    var actor = newOwner();
    var subject = UUID.randomUUID();
    var base = TestTime.now();
    var login =
        AuditEvent.of(AuditTypes.LOGIN_FAILED, null, "user", subject, Map.of("reason", "x"), base);
    var opened =
        AuditEvent.of(
            AuditTypes.ACCOUNT_OPENED,
            actor,
            "account",
            subject,
            Map.of("currency", "EUR", "type", "checking"),
            base.plusSeconds(2));
    var renamed =
        AuditEvent.of(
            AuditTypes.USER_PROFILE_UPDATED, actor, "user", subject, Map.of(), base.plusSeconds(1));
    inTx(
        () -> {
          world.auditLog().record(login);
          world.auditLog().record(opened);
          world.auditLog().record(renamed);
        });

    var all = allPages(world.auditLog()::page);

    assertThat(all)
        .extracting(AuditEvent::createdAt)
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(all.stream().filter(event -> subject.toString().equals(event.subjectId())))
        .containsExactly(opened, renamed, login);
  }

  @Test
  void eventWithoutActorOrSubjectIsKept() {
    var event =
        AuditEvent.of(
            AuditTypes.LOGIN_FAILED,
            null,
            null,
            null,
            Map.of("email", "nobody-" + UUID.randomUUID() + "@kassa.test"),
            TestTime.now());

    inTx(() -> world.auditLog().record(event));

    assertThat(allPages(world.auditLog()::page)).contains(event);
  }

  @Test
  void pageHonoursItsWindowAndCountsTheWholeTrail() {
    var base = TestTime.now();
    inTx(
        () -> {
          for (int i = 0; i < 3; i++) {
            world
                .auditLog()
                .record(
                    AuditEvent.of(
                        AuditTypes.LOGOUT, null, "session", i, Map.of(), base.plusMillis(i)));
          }
        });

    var first = world.auditLog().page(new PageRequest(2, 0));
    var second = world.auditLog().page(new PageRequest(2, 1));

    assertThat(first.items()).hasSize(2);
    assertThat(first.total()).isGreaterThanOrEqualTo(3);
    assertThat(second.items().getFirst()).isEqualTo(first.items().get(1));
  }
}
