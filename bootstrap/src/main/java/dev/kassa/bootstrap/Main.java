package dev.kassa.bootstrap;

import dev.kassa.bootstrap.config.ConfigException;
import dev.kassa.bootstrap.config.KassaConfig;
import java.util.List;

/**
 * Starts Kassa from environment variables and stops it cleanly on SIGTERM: the server, or with the
 * argument {@code worker} the Kafka worker (relay and subscribers, no HTTP API).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    KassaConfig config;
    try {
      config = KassaConfig.fromEnvironment(System.getenv());
    } catch (ConfigException wrong) {
      System.err.println("Kassa cannot start; fix these environment variables:");
      wrong.problems().forEach(problem -> System.err.println("  - " + problem));
      System.exit(2);
      return;
    }
    if (args.length > 0 && args[0].equals("worker")) {
      var worker = KassaWorker.start(config, List.of());
      Runtime.getRuntime().addShutdownHook(new Thread(worker::close, "kassa-shutdown"));
      return;
    }
    var server = KassaServer.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "kassa-shutdown"));
  }
}
