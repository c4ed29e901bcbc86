package dev.kassa.adapters.persistence;

import dev.kassa.domain.shared.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.postgresql.util.PSQLException;

/** Reads PostgreSQL's SQLSTATE codes out of the exceptions jOOQ and JDBC throw. */
final class SqlErrors {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final Set<String> TRANSIENT = Set.of("40001", "40P01");
  private static final String CONNECTION_EXCEPTION_CLASS = "08";
  private static final Set<String> UNAVAILABLE =
      Set.of("57P01", "57P02", "57P03", "57014", "53300");

  private SqlErrors() {}

  /** A serialization failure or a deadlock: running the whole transaction again may succeed. */
  static boolean isTransient(Throwable error) {
    for (var cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && TRANSIENT.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The database cannot serve the request now, whatever the request: no connection came in time
   * (HikariCP's {@link SQLTransientConnectionException}), the connection failed or was closed
   * (class 08), the server is shutting down, restarting or not yet accepting connections (57P01,
   * 57P02, 57P03), it has no connection slot left (53300), or the statement was cancelled by the
   * statement timeout (57014). None of them is worth running the transaction again at once.
   */
  static boolean isUnavailable(Throwable error) {
    for (var cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof StorageUnavailableException
          || cause instanceof SQLTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        var state = sql.getSQLState();
        if (state.startsWith(CONNECTION_EXCEPTION_CLASS) || UNAVAILABLE.contains(state)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The exception the core is told about for {@code failure}: a {@link StorageUnavailableException}
   * when the database is {@linkplain #isUnavailable unavailable}, otherwise {@code failure} itself.
   * The one place where a storage failure becomes that exception.
   */
  static RuntimeException translated(RuntimeException failure) {
    if (failure instanceof StorageUnavailableException || !isUnavailable(failure)) {
      return failure;
    }
    return new StorageUnavailableException("the database is unavailable", failure);
  }

  /** A unique violation of the named constraint (or index). */
  static boolean isUniqueViolation(Throwable error, String constraint) {
    for (var cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof PSQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && sql.getServerErrorMessage() != null
          && constraint.equals(sql.getServerErrorMessage().getConstraint())) {
        return true;
      }
    }
    return false;
  }
}
