package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import org.junit.jupiter.api.Test;

class GetCurrentUserTest {

  private final AuthWorld world = new AuthWorld();

  @Test
  void returnsTheCallersOwnUser() {
    world.customer("bob@example.com");
    var ann = world.customer("ann@example.com");

    var user = world.getCurrentUser().execute(ann);

    assertThat(user.id()).isEqualTo(ann.id());
    assertThat(user.email().value()).isEqualTo("ann@example.com");
  }

  @Test
  void reportsAnUnknownCallerAsNotFound() {
    var ghost = new Actor(UserId.newId(), Role.CUSTOMER);

    assertThatThrownBy(() -> world.getCurrentUser().execute(ghost))
        .isInstanceOf(NotFoundException.class);
  }
}
