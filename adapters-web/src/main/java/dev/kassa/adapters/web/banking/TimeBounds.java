package dev.kassa.adapters.web.banking;

import dev.kassa.domain.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the time bounds of a query: an ISO-8601 instant, or a plain UTC date standing for the start
 * of that day as a lower bound and for the end of that day (the next day's start, exclusive) as an
 * upper one.
 */
final class TimeBounds {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private TimeBounds() {}

  /** An inclusive lower bound. */
  static Instant from(String raw) {
    return DATE.matcher(raw).matches() ? startOf(date(raw)) : instant(raw);
  }

  /** An exclusive upper bound. */
  static Instant to(String raw) {
    return DATE.matcher(raw).matches() ? startOf(date(raw).plusDays(1)) : instant(raw);
  }

  /** A calendar date, {@code YYYY-MM-DD}. */
  static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException notADate) {
      throw ValidationException.of("date", "must be a date (YYYY-MM-DD)");
    }
  }

  private static Instant instant(String raw) {
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException notAnInstant) {
      throw ValidationException.of(
          "instant", "must be an ISO-8601 timestamp or a date (YYYY-MM-DD)");
    }
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
