package dev.kassa.adapters.persistence;

import static dev.kassa.application.testdata.AccountBuilder.anAccount;
import static dev.kassa.application.testdata.UserBuilder.aUser;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.domain.account.Account;
import java.time.Clock;
import java.time.Duration;

/** The jOOQ adapters on the test JVM's PostgreSQL database, as the port contracts see them. */
final class JooqPortsUnderTest {

  /** PostgreSQL keeps microseconds, so the clock ticks in them. */
  static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

  private JooqPortsUnderTest() {}

  static JooqPorts onSharedDatabase() {
    return JooqPorts.over(TestDatabase.dataSource(), CLOCK);
  }

  /** An account of a customer of its own, both stored in {@code ports}. */
  static Account newAccount(JooqPorts ports) {
    var owner = aUser().build();
    var account = anAccount().ownedBy(owner.id()).build();
    ports
        .transactions()
        .run(
            () -> {
              ports.users().add(owner);
              ports.accounts().add(account);
            });
    return account;
  }
}
