package dev.kassa.adapters.persistence;

import java.sql.SQLException;
import java.util.Set;
import org.postgresql.util.PSQLException;

/** Reads PostgreSQL's SQLSTATE codes out of the exceptions jOOQ and JDBC throw. */
final class SqlErrors {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final Set<String> TRANSIENT = Set.of("40001", "40P01");

  private SqlErrors() {}

  /** A serialization failure or a deadlock: running the whole transaction again may succeed. */
  static boolean isTransient(Throwable error) {
    for (var cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && TRANSIENT.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
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
