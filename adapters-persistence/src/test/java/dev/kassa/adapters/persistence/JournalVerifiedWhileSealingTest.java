package dev.kassa.adapters.persistence;

import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.ledger.SealCheck;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A verification that runs while other processes go on writing and sealing the journal (each
 * statement of it at READ COMMITTED sees what has committed by then) checks the chain as it stood
 * when it began: seals added meanwhile are neither missed nor reported as sealing rows that are
 * gone.
 */
class JournalVerifiedWhileSealingTest {

  private final DataSource dataSource = TestDatabase.freshDataSource();
  private final JooqPorts ports = JooqPorts.over(dataSource, JooqPortsUnderTest.CLOCK);
  private final LedgerFixture money =
      new LedgerFixture(ports.transactions(), ports.accounts(), ports.ledger());

  @Test
  void verificationsDuringSealingFindTheChainIntact() throws Exception {
    var account = newAccount();
    for (int i = 0; i < 200; i++) {
      money.deposit(account.id(), eur(1));
    }
    var stop = new AtomicBoolean();
    var checks = new ArrayList<SealCheck>();
    try (var sealer = Executors.newSingleThreadExecutor()) {
      var sealing =
          sealer.submit(
              () -> {
                while (!stop.get()) {
                  money.deposit(account.id(), eur(1));
                  ports.journalSeals().sealCommitted(1);
                }
                return null;
              });
      for (int i = 0; i < 150; i++) {
        checks.add(ports.journalSeals().verify());
      }
      stop.set(true);
      sealing.get();
    }

    assertThat(checks).allSatisfy(check -> assertThat(check.problems()).isEmpty());
    assertThat(checks.getLast().sealedRows()).isGreaterThan(checks.getFirst().sealedRows());
  }

  private Account newAccount() {
    return JooqPortsUnderTest.newAccount(ports);
  }
}
