package dev.kassa.application.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.banking.BankWorld;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import org.junit.jupiter.api.Test;

class UpdateAccountTest {

  private final BankWorld world = new BankWorld();
  private final UpdateAccount updateAccount = world.updateAccount();

  @Test
  void renamesWithoutAnAuditEventForTheStatus() {
    var alice = world.customer();
    var account = world.openAccount(alice);

    var renamed =
        updateAccount.execute(alice, account.id(), new UpdateAccount.Command("  Bills ", null));

    assertThat(renamed.name()).isEqualTo("Bills");
    assertThat(world.current(account.id()).name()).isEqualTo("Bills");
    assertThat(world.auditEvents())
        .extracting("type")
        .doesNotContain(AuditTypes.ACCOUNT_STATUS_CHANGED);
  }

  @Test
  void freezesAndRecordsWhoDidIt() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    var admin = world.admin();

    var frozen =
        updateAccount.execute(
            admin, account.id(), new UpdateAccount.Command(null, AccountStatus.FROZEN));

    assertThat(frozen.status()).isEqualTo(AccountStatus.FROZEN);
    assertThat(world.current(account.id()).status()).isEqualTo(AccountStatus.FROZEN);
    assertThat(world.auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.ACCOUNT_STATUS_CHANGED))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.actorId()).isEqualTo(admin.id());
              assertThat(event.subjectId()).isEqualTo(account.id().toString());
              assertThat(event.details())
                  .containsEntry("from", "active")
                  .containsEntry("to", "frozen");
            });
  }

  @Test
  void frozenAccountRefusesMoneyUntilUnfrozen() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    updateAccount.execute(
        alice, account.id(), new UpdateAccount.Command(null, AccountStatus.FROZEN));
    var deposit =
        new PostCashTransaction.Command(
            account.id(), PostCashTransaction.Kind.DEPOSIT, Money.of(100, BankWorld.EUR), null);

    assertThatThrownBy(() -> world.cash().execute(alice, deposit))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));

    var unfrozen =
        updateAccount.execute(
            alice, account.id(), new UpdateAccount.Command(null, AccountStatus.ACTIVE));
    world.cash().execute(alice, deposit);

    assertThat(unfrozen.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(world.balance(account.id())).isEqualTo(100);
  }

  @Test
  void settingTheSameStatusChangesNothingAndRecordsNothing() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    var before = world.auditEvents().size();

    updateAccount.execute(
        alice, account.id(), new UpdateAccount.Command(null, AccountStatus.ACTIVE));

    assertThat(world.auditEvents()).hasSize(before);
  }

  @Test
  void closingThroughAnUpdateIsRefusedAndChangesNothing() {
    var alice = world.customer();
    var account = world.openAccount(alice);

    assertThatThrownBy(
            () ->
                updateAccount.execute(
                    alice, account.id(), new UpdateAccount.Command("New", AccountStatus.CLOSED)))
        .isInstanceOf(ValidationException.class);
    assertThat(world.current(account.id())).isEqualTo(account);
  }

  @Test
  void aClosedAccountCannotBeReopened() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    world.closeAccount().execute(alice, account.id());

    assertThatThrownBy(
            () ->
                updateAccount.execute(
                    alice, account.id(), new UpdateAccount.Command(null, AccountStatus.ACTIVE)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("invalid_state_transition"));
    assertThat(world.current(account.id()).status()).isEqualTo(AccountStatus.CLOSED);
  }

  @Test
  void aClosedAccountCannotBeRenamed() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    world.closeAccount().execute(alice, account.id());

    assertThatThrownBy(
            () ->
                updateAccount.execute(
                    alice, account.id(), new UpdateAccount.Command("Renamed", null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
    assertThat(world.current(account.id()).name()).isEqualTo(account.name());
  }

  @Test
  void aCommandMustChangeSomething() {
    assertThatThrownBy(() -> new UpdateAccount.Command(null, null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void anotherCustomersAccountIsNotFound() {
    var account = world.openAccount(world.customer());

    assertThatThrownBy(
            () ->
                updateAccount.execute(
                    world.customer(),
                    account.id(),
                    new UpdateAccount.Command(null, AccountStatus.FROZEN)))
        .isInstanceOf(NotFoundException.class);
    assertThat(world.current(account.id()).status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void renamingKeepsTheBalance() {
    var alice = world.customer();
    var account = world.openAccount(alice);
    world.deposit(alice, account.id(), 700);

    updateAccount.execute(alice, account.id(), new UpdateAccount.Command("Renamed", null));

    assertThat(world.balance(account.id())).isEqualTo(700);
  }
}
