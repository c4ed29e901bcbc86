package dev.kassa.adapters.redis.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A {@code redis-server} of the test's own on a free port, without persistence, that the test may
 * stop and start again on the same port. The machine's own Redis is never touched.
 */
public final class RedisServerProcess implements AutoCloseable {

  private final int port;
  private Process process;

  private RedisServerProcess(int port) {
    this.port = port;
  }

  public static RedisServerProcess start() {
    var server = new RedisServerProcess(freePort());
    server.startAgain();
    return server;
  }

  public URI url() {
    return URI.create("redis://127.0.0.1:" + port);
  }

  public void startAgain() {
    try {
      process =
          new ProcessBuilder(
                  "redis-server",
                  "--port",
                  Integer.toString(port),
                  "--bind",
                  "127.0.0.1",
                  "--save",
                  "",
                  "--appendonly",
                  "no")
              .redirectErrorStream(true)
              .redirectOutput(
                  Path.of(System.getProperty("java.io.tmpdir"), "redis-" + port + ".log").toFile())
              .start();
    } catch (IOException failed) {
      throw new IllegalStateException("redis-server does not start", failed);
    }
    awaitListening(true);
  }

  public void stop() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
    awaitListening(false);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  private void awaitListening(boolean listening) {
    var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (accepts() == listening) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(interrupted);
      }
    }
    throw new IllegalStateException(
        "redis-server on port " + port + " did not " + (listening ? "start" : "stop"));
  }

  // Opening the socket is the whole check.
  @SuppressWarnings("try")
  private boolean accepts() {
    try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException failed) {
      throw new IllegalStateException(failed);
    }
  }
}
