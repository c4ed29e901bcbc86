package dev.kassa.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.banking.BankWorld;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.shared.PageRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ListAccountsTest {

  private final BankWorld world = new BankWorld();
  private final ListAccounts listAccounts = world.listAccounts();
  private final PageRequest page = PageRequest.defaults();

  @Test
  void customerSeesOnlyTheirOwnAccountsOldestFirst() {
    var alice = world.customer();
    var bob = world.customer();
    var first = world.openAccount(alice);
    world.clock().advance(Duration.ofMinutes(1));
    world.openAccount(bob);
    var second = world.openAccount(alice);

    var listed = listAccounts.execute(alice, new ListAccounts.Query(null, page));

    assertThat(listed.items()).extracting(Account::id).containsExactly(first.id(), second.id());
    assertThat(listed.total()).isEqualTo(2);
  }

  @Test
  void customerMayNameThemselvesAsOwner() {
    var alice = world.customer();
    var account = world.openAccount(alice);

    var listed = listAccounts.execute(alice, new ListAccounts.Query(alice.id(), page));

    assertThat(listed.items()).extracting(Account::id).containsExactly(account.id());
  }

  @Test
  void customerNamingAnotherOwnerIsForbidden() {
    var alice = world.customer();
    var bob = world.customer();
    world.openAccount(bob);

    assertThatThrownBy(() -> listAccounts.execute(alice, new ListAccounts.Query(bob.id(), page)))
        .isInstanceOf(ForbiddenException.class)
        .hasFieldOrPropertyWithValue("code", "forbidden");
  }

  @Test
  void adminSeesEveryCustomerAccountButNoSystemAccount() {
    var alice = world.customer();
    var bob = world.customer();
    var aliceAccount = world.openAccount(alice);
    var bobAccount = world.openAccount(bob);
    world.deposit(alice, aliceAccount.id(), 100);

    var listed = listAccounts.execute(world.admin(), new ListAccounts.Query(null, page));

    assertThat(listed.items())
        .extracting(Account::id)
        .containsExactlyInAnyOrder(aliceAccount.id(), bobAccount.id());
    assertThat(listed.items()).noneMatch(Account::isSystem);
  }

  @Test
  void adminMayListOneOwnersAccounts() {
    var alice = world.customer();
    var bob = world.customer();
    world.openAccount(alice);
    var bobAccount = world.openAccount(bob);

    var listed = listAccounts.execute(world.admin(), new ListAccounts.Query(bob.id(), page));

    assertThat(listed.items()).extracting(Account::id).containsExactly(bobAccount.id());
  }

  @Test
  void pagesThroughTheAccounts() {
    var alice = world.customer();
    for (int i = 0; i < 5; i++) {
      world.openAccount(alice);
      world.clock().advance(Duration.ofSeconds(1));
    }

    var second = listAccounts.execute(alice, new ListAccounts.Query(null, new PageRequest(2, 2)));

    assertThat(second.items()).hasSize(2);
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.offset()).isEqualTo(2);
  }
}
