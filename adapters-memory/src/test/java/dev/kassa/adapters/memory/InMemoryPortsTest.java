package dev.kassa.adapters.memory;

import static dev.kassa.application.testdata.AccountBuilder.anAccount;
import static dev.kassa.application.testdata.TestMoney.eur;
import static dev.kassa.application.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.shared.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What the in-memory world promises beyond the port contracts. */
class InMemoryPortsTest {

  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

  private final InMemoryPorts ports = InMemoryPorts.create(Clock.fixed(NOW, ZoneOffset.UTC));
  private final LedgerFixture money =
      new LedgerFixture(ports.transactions(), ports.accounts(), ports.ledger());

  @Test
  void eachWorldStartsEmptyAndStaysApart() {
    var user = aUser().build();
    ports.users().add(user);

    var other = InMemoryPorts.create();

    assertThat(other.users().find(user.id())).isEmpty();
    assertThat(other.ledger().verify().checkedAccounts()).isZero();
  }

  @Test
  void systemAccountsAreDatedByTheWorldsClock() {
    var cash = ports.accounts().systemAccount(AccountType.CASH, eur(0).currency());

    assertThat(cash.createdAt()).isEqualTo(NOW);
  }

  @Test
  void lockOutsideAUnitOfWorkIsRefused() {
    var account = account();

    assertThatThrownBy(() -> ports.accounts().lock(account.id()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void linesPostedAtTheSameInstantKeepTheirPostingOrder() {
    var account = account();
    for (int i = 1; i <= 5; i++) {
      money.deposit(account.id(), eur(i), NOW);
    }

    var oldestFirst = ports.ledger().lines(account.id(), NOW, NOW.plusSeconds(1));
    var newestFirst =
        ports
            .ledger()
            .transactions(TransactionFilter.ofOwner(account.ownerId()), PageRequest.first(10))
            .items();

    assertThat(oldestFirst)
        .extracting(AccountTransaction::balanceAfter)
        .containsExactly(eur(1), eur(3), eur(6), eur(10), eur(15));
    assertThat(newestFirst).containsExactlyElementsOf(oldestFirst.reversed());
  }

  @Test
  void revokedAccessTokensAreForgottenOnceExpired() {
    ports.sessions().revokeAccessToken("expired", NOW.minus(Duration.ofMinutes(1)));
    ports.sessions().revokeAccessToken("live", NOW.plus(Duration.ofMinutes(1)));

    assertThat(ports.sessions().isAccessTokenRevoked("expired")).isFalse();
    assertThat(ports.sessions().isAccessTokenRevoked("live")).isTrue();
  }

  private Account account() {
    var user = aUser().build();
    var account = anAccount().ownedBy(user.id()).build();
    ports
        .transactions()
        .run(
            () -> {
              ports.users().add(user);
              ports.accounts().add(account);
            });
    return account;
  }
}
