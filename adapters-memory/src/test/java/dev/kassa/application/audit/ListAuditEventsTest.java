package dev.kassa.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.auth.AuthWorld;
import dev.kassa.application.auth.LogIn;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ListAuditEventsTest {

  private final AuthWorld world = new AuthWorld();
  private final ListAuditEvents listAuditEvents =
      new ListAuditEvents(world.ports().transactions(), world.ports().auditLog());

  @Test
  void anAdminSeesTheTrailNewestFirst() {
    var admin = world.admin("root@example.com");
    world.clock().advance(Duration.ofMinutes(1));
    world.customer("ann@example.com");
    world.clock().advance(Duration.ofMinutes(1));
    world.logIn().execute(new LogIn.Command("ann@example.com", AuthWorld.PASSWORD, null));

    var page = listAuditEvents.execute(admin, PageRequest.first(2));

    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items())
        .extracting(AuditEvent::type)
        .containsExactly(AuditTypes.LOGIN_SUCCEEDED, AuditTypes.USER_REGISTERED);
  }

  @Test
  void aCustomerMayNotSeeIt() {
    var ann = world.customer("ann@example.com");

    assertThatThrownBy(() -> listAuditEvents.execute(ann, PageRequest.defaults()))
        .isInstanceOf(ForbiddenException.class);
  }
}
