package dev.kassa.adapters.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.JSONB;

/**
 * Binds the values of the generated records over JDBC as jOOQ's bindings would, into SQL that jOOQ
 * rendered (so with its casts): instants as {@code timestamptz}, JSONB as text for the {@code
 * cast(? as jsonb)}, a null as a value of no type for the cast or the column to type. Reads the
 * selected columns back as the generated records' types.
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

  /** Column {@code column} of the current row as a {@code type}, or null when it is SQL NULL. */
  static Object read(ResultSet rows, int column, Class<?> type) throws SQLException {
    Object value;
    if (type == String.class) {
      value = rows.getString(column);
    } else if (type == UUID.class) {
      value = rows.getObject(column, UUID.class);
    } else if (type == Instant.class) {
      var time = rows.getObject(column, OffsetDateTime.class);
      value = time == null ? null : time.toInstant();
    } else if (type == Long.class) {
      value = rows.getLong(column);
    } else if (type == Integer.class) {
      value = rows.getInt(column);
    } else if (type == Boolean.class) {
      value = rows.getBoolean(column);
    } else if (type == JSONB.class) {
      var text = rows.getString(column);
      value = text == null ? null : JSONB.valueOf(text);
    } else if (type == LocalDate.class) {
      value = rows.getObject(column, LocalDate.class);
    } else if (type == BigDecimal.class) {
      value = rows.getBigDecimal(column);
    } else {
      throw new IllegalArgumentException("no reading for a " + type.getName());
    }
    return rows.wasNull() ? null : value;
  }
}
