package dev.kassa.adapters.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.JSONB;

/**
 * Binds the values of the generated records over JDBC as jOOQ's bindings would, into SQL that jOOQ
 * rendered (so with its casts): instants as {@code timestamptz}, JSONB as text for the {@code
 * cast(? as jsonb)}, a null as a value of no type for the cast or the column to type.
 */
final class JdbcValues {

  private JdbcValues() {}

  static void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
    switch (value) {
      case null -> statement.setNull(parameter, Types.OTHER);
      case Instant instant ->
          statement.setObject(parameter, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      case JSONB json -> statement.setString(parameter, json.data());
      case String text -> statement.setString(parameter, text);
      case UUID id -> statement.setObject(parameter, id);
      case Long number -> statement.setLong(parameter, number);
      case Integer number -> statement.setInt(parameter, number);
      case Boolean flag -> statement.setBoolean(parameter, flag);
      case BigDecimal number -> statement.setBigDecimal(parameter, number);
      default ->
          throw new IllegalArgumentException("no binding for a " + value.getClass().getName());
    }
  }
}
