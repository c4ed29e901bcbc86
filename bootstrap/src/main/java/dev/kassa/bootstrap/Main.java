package dev.kassa.bootstrap;

import dev.kassa.bootstrap.config.ConfigException;
import dev.kassa.bootstrap.config.KassaConfig;

/** Starts the Kassa server from environment variables and stops it cleanly on SIGTERM. */
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
    var server = KassaServer.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "kassa-shutdown"));
  }
}
