package dev.kassa.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.banking.BankWorld;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ValidationException;
import org.junit.jupiter.api.Test;

class OpenAccountTest {

  private final BankWorld world = new BankWorld();

  @Test
  void opensAnEmptyActiveAccountForTheCaller() {
    var alice = world.customer();

    var account =
        world
            .openAccount()
            .execute(
                alice, new OpenAccount.Command(AccountType.SAVINGS, BankWorld.EUR, " Rainy day "));

    assertThat(account.ownerId()).isEqualTo(alice.id());
    assertThat(account.type()).isEqualTo(AccountType.SAVINGS);
    assertThat(account.name()).isEqualTo("Rainy day");
    assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.balance()).isZero();
    assertThat(account.createdAt()).isEqualTo(world.clock().instant());
    assertThat(world.current(account.id())).isEqualTo(account);
  }

  @Test
  void namesTheAccountAfterTypeAndCurrencyWhenNoNameIsGiven() {
    var account =
        world
            .openAccount()
            .execute(
                world.customer(),
                new OpenAccount.Command(AccountType.CHECKING, BankWorld.USD, null));

    assertThat(account.name()).isEqualTo("Checking USD");
  }

  @Test
  void recordsAnAuditEvent() {
    var alice = world.customer();

    var account = world.openAccount(alice);

    assertThat(world.auditEvents())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.type()).isEqualTo(AuditTypes.ACCOUNT_OPENED);
              assertThat(event.actorId()).isEqualTo(alice.id());
              assertThat(event.subjectId()).isEqualTo(account.id().toString());
              assertThat(event.details())
                  .containsEntry("type", "checking")
                  .containsEntry("currency", "EUR");
            });
  }

  @Test
  void refusesASystemAccountType() {
    var alice = world.customer();

    assertThatThrownBy(
            () ->
                world
                    .openAccount()
                    .execute(alice, new OpenAccount.Command(AccountType.CASH, BankWorld.EUR, null)))
        .isInstanceOf(ValidationException.class);
    assertThat(world.auditEvents()).isEmpty();
  }
}
