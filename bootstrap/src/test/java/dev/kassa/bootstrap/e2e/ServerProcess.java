package dev.kassa.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real server ({@code dev.kassa.bootstrap.Main}) in a JVM of its own, on the test's classpath,
 * configured by {@code environment}, writing its output to {@code log}. {@link #start} returns once
 * {@code /v1/health} answers 200; {@link #kill()} is SIGKILL.
 */
final class ServerProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(40);

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ServerProcess start(Map<String, String> environment, Path log) {
    var port = freePort();
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command =
        List.of(
            java,
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            "dev.kassa.bootstrap.Main");
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.environment().put("PORT", Integer.toString(port));
    try {
      Files.createDirectories(log.getParent());
      builder.redirectOutput(log.toFile());
      var server = new ServerProcess(builder.start(), port);
      server.awaitHealthy(log);
      return server;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  int port() {
    return port;
  }

  /** Kills the JVM at once, as {@code kill -9} does, and waits until it is gone. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the server JVM survived SIGKILL");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitHealthy(Path log) {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    var health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    var deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server JVM exited at start; see " + log);
      }
      try {
        if (client.send(health, BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        break;
      }
      pause();
    }
    close();
    throw new IllegalStateException("the server JVM was not healthy in time; see " + log);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
