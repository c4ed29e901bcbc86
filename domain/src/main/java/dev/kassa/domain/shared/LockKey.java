package dev.kassa.domain.shared;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * The id of a row that units of work lock (a ledger account's), when a unit names it before it
 * runs: see {@link Transactions#inTransaction(Collection, Supplier)}.
 */
public interface LockKey {}
