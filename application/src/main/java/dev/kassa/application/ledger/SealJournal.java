package dev.kassa.application.ledger;

import dev.kassa.domain.ledger.JournalSeals;

/**
 * Seals the journal rows committed since the last run, in batches, so that the seal chain trails
 * the writes by one run of the worker; the writes never wait for it.
 */
public final class SealJournal {

  /** The most rows one batch seals. */
  public static final int BATCH = 1_000;

  private final JournalSeals seals;

  public SealJournal(JournalSeals seals) {
    this.seals = seals;
  }

  /** Seals every committed row not sealed yet, a batch at a time; returns how many. */
  public int execute() {
    int total = 0;
    int sealed;
    do {
      sealed = seals.sealCommitted(BATCH);
      total += sealed;
    } while (sealed == BATCH);
    return total;
  }
}
