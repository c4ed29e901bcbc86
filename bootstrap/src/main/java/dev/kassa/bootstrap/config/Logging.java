package dev.kassa.bootstrap.config;

import java.util.Locale;
import java.util.Objects;

/**
 * Log verbosity and shape ({@code LOG_LEVEL}, {@code LOG_FORMAT}). Without {@code LOG_FORMAT} the
 * shape is the caller's default: readable text on a terminal, JSON otherwise.
 */
public record Logging(Level level, Format format) {

  /** The level of Kassa's own loggers. */
  public enum Level {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One JSON object per line, or a readable line of text. */
  public enum Format {
    JSON,
    TEXT;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Logging {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(format, "format");
  }

  static Logging read(Variables variables, Format defaultFormat) {
    return new Logging(
        variables.choice("LOG_LEVEL", Level.class, Level.INFO),
        variables.choice("LOG_FORMAT", Format.class, defaultFormat));
  }
}
