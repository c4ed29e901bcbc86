package dev.kassa.bootstrap;

import dev.kassa.adapters.persistence.DataDirectoryInUseException;
import java.net.BindException;
import java.util.Optional;

/**
 * Failures at start-up that an operator fixes by changing the configuration, told in one line
 * without a stack trace: the embedded database's directory held by another process, or the HTTP
 * port taken.
 */
final class StartFailure {

  private StartFailure() {}

  /** The one line that explains {@code failure}, or empty when it is unexpected. */
  static Optional<String> explain(Throwable failure, int port) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof DataDirectoryInUseException inUse) {
        return Optional.of(inUse.getMessage());
      }
      if (cause instanceof BindException unbound) {
        var why = String.valueOf(unbound.getMessage());
        return Optional.of(
            why.contains("in use")
                ? "port " + port + " is in use; set PORT"
                : "port " + port + " cannot be bound (" + why + "); set PORT");
      }
    }
    return Optional.empty();
  }
}
