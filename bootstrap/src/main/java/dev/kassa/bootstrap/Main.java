package dev.kassa.bootstrap;

import dev.kassa.bootstrap.config.ConfigException;
import dev.kassa.bootstrap.config.DotEnvFile;
import dev.kassa.bootstrap.config.KassaConfig;
import dev.kassa.bootstrap.config.Logging;
import java.io.Console;
import java.nio.file.Path;

/**
 * Starts Kassa from environment variables (over a {@code .env} file in the working directory, when
 * there is one) and stops it cleanly on SIGTERM: the server, or with the argument {@code worker}
 * the Kafka worker (relay and subscribers, no HTTP API). Logs are readable text on a terminal and
 * JSON otherwise, unless {@code LOG_FORMAT} says. A start that fails for a reason the operator can
 * fix says so in one line and exits with 1; a wrong configuration exits with 2.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    KassaConfig config;
    try {
      config =
          KassaConfig.fromEnvironment(
              DotEnvFile.under(System.getenv(), Path.of(".env")),
              onTerminal() ? Logging.Format.TEXT : Logging.Format.JSON);
    } catch (ConfigException wrong) {
      System.err.println("Kassa cannot start; fix these environment variables:");
      wrong.problems().forEach(problem -> System.err.println("  - " + problem));
      System.exit(2);
      return;
    }
    System.setProperty("LOG_FORMAT", config.logging().format().code());
    System.setProperty("LOG_LEVEL", config.logging().level().code());
    if (args.length > 0 && args[0].equals("worker")) {
      var worker = KassaWorker.start(config);
      Runtime.getRuntime().addShutdownHook(new Thread(worker::close, "kassa-shutdown"));
      return;
    }
    KassaServer server;
    try {
      server = KassaServer.start(config);
    } catch (RuntimeException failed) {
      var reason = StartFailure.explain(failed, config.http().port());
      if (reason.isEmpty()) {
        throw failed;
      }
      System.err.println("Kassa cannot start: " + reason.get());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "kassa-shutdown"));
  }

  /**
   * Whether the process talks to a terminal. On Java 22 to 24 {@link System#console()} returns a
   * console even when the output is redirected, so its {@code isTerminal()} (Java 22+) decides; the
   * null check only serves Java 21 and 25+, where no terminal means no console.
   */
  @SuppressWarnings("SystemConsoleNull")
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException java21) {
      return true;
    } catch (ReflectiveOperationException unreadable) {
      return false;
    }
  }
}
