package dev.kassa.application.contract;

import dev.kassa.application.Storage;
import dev.kassa.application.batching.BatchingTransactions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A store whose units of work all go through a {@link BatchingTransactions} over its own, so that
 * the port contracts run on batched units too.
 */
public final class BatchedStorage {

  private BatchedStorage() {}

  public static Storage of(Storage storage) {
    var batching =
        new BatchingTransactions(
            storage.transactions(),
            storage.ledger(),
            storage.tokenHolders(),
            storage.idempotency());
    return (Storage)
        Proxy.newProxyInstance(
            Storage.class.getClassLoader(),
            new Class<?>[] {Storage.class},
            (proxy, method, args) -> {
              if (method.getName().equals("transactions")
                  || method.getName().equals("moneyTransactions")) {
                return batching;
              }
              try {
                return method.invoke(storage, args);
              } catch (InvocationTargetException failed) {
                throw failed.getCause();
              }
            });
  }
}
