package dev.kassa.application.holders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.auth.AuthWorld;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.User;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ListAccountHoldersTest {

  private final AuthWorld world = new AuthWorld();
  private final ListAccountHolders listAccountHolders =
      new ListAccountHolders(world.ports().transactions(), world.ports().users());

  @Test
  void aCustomerSeesOnlyThemselves() {
    world.customer("bob@example.com");
    var ann = world.customer("ann@example.com");
    world.customer("cid@example.com");

    var page = listAccountHolders.execute(ann, PageRequest.defaults());

    assertThat(page.items()).extracting(User::id).containsExactly(ann.id());
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void aCustomersPageBeyondThemselvesIsEmpty() {
    var ann = world.customer("ann@example.com");

    var page = listAccountHolders.execute(ann, new PageRequest(20, 1));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(1);
    assertThat(page.offset()).isEqualTo(1);
  }

  @Test
  void anAdminSeesEveryonePageByPage() {
    var ann = world.customer("ann@example.com");
    var bob = world.customer("bob@example.com");
    var admin = world.admin("root@example.com");

    var first = listAccountHolders.execute(admin, PageRequest.first(2));
    var second = listAccountHolders.execute(admin, new PageRequest(2, 2));

    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(1);
    assertThat(Stream.concat(first.items().stream(), second.items().stream()).map(User::id))
        .containsExactlyInAnyOrder(ann.id(), bob.id(), admin.id());
  }
}
