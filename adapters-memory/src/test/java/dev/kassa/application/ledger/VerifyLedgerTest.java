package dev.kassa.application.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.banking.BankWorld;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.domain.error.ForbiddenException;
import dev.kassa.domain.shared.Money;
import org.junit.jupiter.api.Test;

class VerifyLedgerTest {

  private final BankWorld world = new BankWorld();
  private final VerifyLedger verifyLedger = world.verifyLedger();

  @Test
  void anEmptyLedgerIsOk() {
    var verification = verifyLedger.execute(world.admin());

    assertThat(verification.ok()).isTrue();
    assertThat(verification.money().checkedEntries()).isZero();
  }

  @Test
  void aLedgerWrittenByTheUseCasesIsOk() {
    var alice = world.customer();
    var bob = world.customer();
    var from = world.openAccount(alice).id();
    var to = world.openAccount(bob).id();
    world.deposit(alice, from, 1_000);
    world.deposit(bob, to, 50);
    world
        .transferMoney()
        .execute(alice, new TransferMoney.Command(from, to, Money.of(400, BankWorld.EUR), null));

    var verification = verifyLedger.execute(world.admin());

    assertThat(verification.problems()).isEmpty();
    assertThat(verification.ok()).isTrue();
    assertThat(verification.money().checkedEntries()).isEqualTo(3);
    assertThat(verification.money().checkedAccounts()).isEqualTo(3);
  }

  @Test
  void customersMayNotVerify() {
    assertThatThrownBy(() -> verifyLedger.execute(world.customer()))
        .isInstanceOf(ForbiddenException.class);
  }
}
