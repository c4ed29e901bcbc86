package dev.kassa.cli;

/** A script that cannot go on: a missing variable, an unreadable file, a bad amount. */
final class ScriptException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ScriptException(String message) {
    super(message);
  }

  ScriptException(String message, Throwable cause) {
    super(message, cause);
  }
}
