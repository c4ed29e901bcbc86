package dev.kassa.bootstrap.e2e;

import dev.kassa.bootstrap.KassaServer;
import java.time.Duration;

/**
 * Waits for the server's event workers to hand every event written so far to its subscribers, for
 * tests that need what the subscribers make (mail, the inbox, a text message).
 */
public final class Deliveries {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final KassaServer server;

  Deliveries(KassaServer server) {
    this.server = server;
  }

  /** Returns once no delivery is pending; fails the test after {@link #PATIENCE}. */
  public void deliverNew() {
    var deadline = System.nanoTime() + PATIENCE.toNanos();
    var check = server.kassa().events().checkEventDelivery();
    while (check.execute().counts().pending() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("events still pending after " + PATIENCE);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for deliveries", e);
      }
    }
  }
}
