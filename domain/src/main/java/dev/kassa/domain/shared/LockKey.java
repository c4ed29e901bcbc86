package dev.kassa.domain.shared;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * What a unit of work names before it runs ({@link Transactions#inTransaction(Collection,
 * Supplier)}): the id of a row it locks (a ledger account's), or the key of a row it reads first
 * (an access token's holder), so that a batch of units can lock or read them all at once.
 */
public interface LockKey {}
