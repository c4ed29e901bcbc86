package dev.kassa.application.holders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.auth.AuthWorld;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.user.UserId;
import org.junit.jupiter.api.Test;

class GetAccountHolderTest {

  private final AuthWorld world = new AuthWorld();
  private final GetAccountHolder getAccountHolder =
      new GetAccountHolder(world.ports().transactions(), world.ports().users());

  @Test
  void aCustomerGetsThemselves() {
    var ann = world.customer("ann@example.com");

    assertThat(getAccountHolder.execute(ann, ann.id()).id()).isEqualTo(ann.id());
  }

  @Test
  void anotherUsersIdIsNotFoundForACustomer() {
    var ann = world.customer("ann@example.com");
    var bob = world.customer("bob@example.com");

    assertThatThrownBy(() -> getAccountHolder.execute(ann, bob.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e ->
                assertThat(e.details())
                    .containsEntry("resource", "account holder")
                    .containsEntry("id", bob.id().toString()));
  }

  @Test
  void anAdminGetsAnyone() {
    var bob = world.customer("bob@example.com");
    var admin = world.admin("root@example.com");

    assertThat(getAccountHolder.execute(admin, bob.id()).email().value())
        .isEqualTo("bob@example.com");
  }

  @Test
  void anUnknownIdIsNotFoundForAnAdmin() {
    var admin = world.admin("root@example.com");

    assertThatThrownBy(() -> getAccountHolder.execute(admin, UserId.newId()))
        .isInstanceOf(NotFoundException.class);
  }
}
