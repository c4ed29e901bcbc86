package dev.kassa.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.banking.BankWorld;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.NotFoundException;
import org.junit.jupiter.api.Test;

class GetAccountTest {

  private final BankWorld world = new BankWorld();
  private final GetAccount getAccount = world.getAccount();

  @Test
  void ownerReadsTheAccountWithItsBalance() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    world.deposit(alice, account.id(), 2_500);

    var read = getAccount.execute(alice, account.id());

    assertThat(read.id()).isEqualTo(account.id());
    assertThat(read.balance()).isEqualTo(2_500);
  }

  @Test
  void anotherCustomersAccountIsNotFound() {
    var account = world.openAccount(world.customer());
    var mallory = world.customer();

    assertThatThrownBy(() -> getAccount.execute(mallory, account.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.code()).isEqualTo("not_found");
              assertThat(e.details()).containsEntry("resource", "account");
            });
  }

  @Test
  void adminReadsAnyCustomerAccount() {
    var account = world.openAccount(world.customer());

    assertThat(getAccount.execute(world.admin(), account.id()).id()).isEqualTo(account.id());
  }

  @Test
  void systemAccountIsNotFoundEvenForAnAdmin() {
    var cash = world.ports().accounts().systemAccount(AccountType.CASH, BankWorld.EUR);

    assertThatThrownBy(() -> getAccount.execute(world.admin(), cash.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void unknownAccountIsNotFound() {
    assertThatThrownBy(() -> getAccount.execute(world.customer(), AccountId.newId()))
        .isInstanceOf(NotFoundException.class);
  }
}
