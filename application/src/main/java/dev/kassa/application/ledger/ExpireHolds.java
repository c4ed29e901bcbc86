package dev.kassa.application.ledger;

import dev.kassa.domain.event.LedgerEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;

/**
 * Housekeeping: expires every pending hold whose time has come and releases its amount. Safe to run
 * concurrently, from several processes too: each hold expires once.
 */
public final class ExpireHolds {

  private final Transactions transactions;
  private final Ledger ledger;
  private final Outbox outbox;
  private final Clock clock;

  public ExpireHolds(Transactions transactions, Ledger ledger, Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Returns how many holds it expired. */
  public int execute() {
    var now = clock.instant();
    return transactions.inTransaction(
        () -> {
          var expired = ledger.expireHolds(now);
          expired.forEach(hold -> outbox.append(LedgerEvents.holdExpired(hold, now)));
          return expired.size();
        });
  }
}
