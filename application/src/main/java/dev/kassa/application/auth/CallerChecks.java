package dev.kassa.application.auth;

import dev.kassa.domain.shared.LockKey;
import dev.kassa.domain.shared.Transactions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The unit of work of a request whose caller is checked in it: a request that presents an access
 * token may {@link #open open} a check (is the token revoked, the session ended, the user disabled
 * or their role changed?) that then runs as the first step of the request's first unit of work, so
 * that authentication costs no transaction of its own (or as the first step of the unit it joins,
 * when the request opened one another way). A check that refuses the caller rolls that unit back. A
 * request that ends without a unit of work runs the check on its own through {@link
 * Check#ensureDone()}. The check reads what is committed when the unit starts, so a revocation
 * whose request has returned is seen by every process at once.
 */
public final class CallerChecks implements Transactions {

  private final Transactions transactions;
  private final ThreadLocal<Check> pending;

  public CallerChecks(Transactions transactions) {
    this(transactions, new ThreadLocal<>());
  }

  private CallerChecks(Transactions transactions, ThreadLocal<Check> pending) {
    this.transactions = transactions;
    this.pending = pending;
  }

  /**
   * The same checks over {@code other} units of work (the batched ones of money operations, say): a
   * check opened through this instance runs in the first unit of either. The check is captured when
   * the unit is asked for, so it runs for its own request even when another thread runs the unit.
   */
  public CallerChecks over(Transactions other) {
    return new CallerChecks(other, pending);
  }

  /**
   * Opens the check of the calling thread's request; {@link Check#close()} ends it.
   *
   * @param reads what the check reads, named to the unit of work it runs in (so that a batch of
   *     units reads it with the others' at once)
   * @param check the reads and the decision, run inside a unit of work; throws to refuse
   */
  public Check open(LockKey reads, Runnable check) {
    var opened = new Check(reads, check);
    pending.set(opened);
    return opened;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return inTransaction(List.of(), work);
  }

  /** As the units of work checked, naming also what the pending check reads. */
  @Override
  public <T> T inTransaction(Collection<? extends LockKey> locks, Supplier<T> work) {
    var check = pending.get();
    if (check == null || check.done) {
      return transactions.inTransaction(locks, work);
    }
    var named = new ArrayList<LockKey>(locks.size() + 1);
    named.addAll(locks);
    named.add(check.reads);
    return transactions.inTransaction(named, checkedFirst(work));
  }

  /** As {@link #inTransaction}, over the reading units of work of the store. */
  @Override
  public <T> T reading(Supplier<T> work) {
    return transactions.reading(checkedFirst(work));
  }

  /** {@code work}, preceded by the calling thread's open check unless it has run. */
  private <T> Supplier<T> checkedFirst(Supplier<T> work) {
    var check = pending.get();
    if (check == null || check.done) {
      return work;
    }
    return () -> {
      check.run();
      return work.get();
    };
  }

  @Override
  public <T> T isolated(Supplier<T> work) {
    return transactions.isolated(work);
  }

  @Override
  public void afterCommit(Runnable action) {
    transactions.afterCommit(action);
  }

  @Override
  public boolean inUnitOfWork() {
    return transactions.inUnitOfWork();
  }

  /** The pending check of one request's caller. */
  public final class Check implements AutoCloseable {

    private final LockKey reads;
    private final Runnable check;
    private boolean done;

    private Check(LockKey reads, Runnable check) {
      this.reads = reads;
      this.check = check;
    }

    private void run() {
      check.run();
      done = true;
    }

    /** Runs the check in a unit of its own unless a unit of work of the request has run it. */
    public void ensureDone() {
      if (!done) {
        transactions.run(this::run);
      }
    }

    @Override
    public void close() {
      if (pending.get() == this) {
        pending.remove();
      }
    }
  }
}
