package dev.kassa.adapters.persistence;

/**
 * Quiets jOOQ's start-up noise: the banner, the tip of the day, and the warning that an older
 * PostgreSQL (15) is below the newest dialect version, which is harmless for the syntax Kassa uses.
 * Each property is only set when the operator has not set it.
 */
final class JooqLogging {

  private static final String VERSION_SUPPORT_LOGGER =
      "org.jooq.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport";

  private JooqLogging() {}

  static void quiet() {
    setIfAbsent("org.jooq.no-logo", "true");
    setIfAbsent("org.jooq.no-tips", "true");
    setIfAbsent(VERSION_SUPPORT_LOGGER, "ERROR");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
