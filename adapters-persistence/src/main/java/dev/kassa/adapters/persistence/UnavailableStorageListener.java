package dev.kassa.adapters.persistence;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Turns a statement's failure that means the database is unavailable (see {@link
 * SqlErrors#isUnavailable}) into the core's {@link
 * dev.kassa.domain.shared.StorageUnavailableException}, for every statement jOOQ runs, in a unit of
 * work or in autocommit, including a failure to get the connection for it.
 */
final class UnavailableStorageListener implements ExecuteListener {

  @Override
  public void exception(ExecuteContext context) {
    var failure = context.exception();
    if (failure != null) {
      context.exception(SqlErrors.translated(failure));
    }
  }
}
