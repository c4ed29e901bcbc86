package dev.kassa.domain.ledger;

/**
 * Seals the append-only journal (entries, postings and stock movements) with a {@link SealChain},
 * in an order fixed once a row is committed, without the writes ever waiting for it: a worker seals
 * committed rows in batches after the fact.
 */
public interface JournalSeals {

  /**
   * Seals, in chain order, up to {@code limit} rows that are committed and not sealed yet; a row is
   * sealed only once no transaction that could still commit a row before it in the order is open.
   * Safe to run from several processes: one seals at a time.
   *
   * @return how many rows it sealed
   */
  int sealCommitted(int limit);

  /**
   * Recomputes the chain over the sealed rows as they are now and reports the first broken link.
   */
  SealCheck verify();
}
