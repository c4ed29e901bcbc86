package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.shared.PageRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JooqAuditLogTest {

  private final JooqPorts ports =
      JooqPorts.over(TestDatabase.freshDataSource(), JooqPortsUnderTest.CLOCK);

  @Test
  void detailsSurviveTheRoundTripThroughJsonb() {
    var details =
        Map.of(
            "reason", "wrong \"password\"\n\ttwice \\ \u0007",
            "name", "Zoë Ø'Brien 日本",
            "empty", "");
    var event =
        AuditEvent.of(AuditTypes.LOGIN_FAILED, null, "user", "u-1", details, TestTime.now());

    ports.auditLog().record(event);

    assertThat(ports.auditLog().page(PageRequest.first(10)).items()).containsExactly(event);
  }
}
