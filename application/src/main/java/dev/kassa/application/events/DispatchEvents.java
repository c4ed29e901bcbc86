package dev.kassa.application.events;

import dev.kassa.domain.event.ClaimedDelivery;
import dev.kassa.domain.event.DeliveryOutcome;
import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Delivers due events to this process's subscribers: claims a batch (leased, committed at once),
 * lets each subscriber {@linkplain EventSubscriber#prepare prepare} its share of the batch (one
 * read for all of its events), hands each event to it with no unit of work open, and then records
 * the batch's outcomes all at once (one write per batch, not per delivery): delivered, or retried
 * after {@link Backoff}, or {@code dead} once {@code maxAttempts} attempts failed. Outcomes lost to
 * a crash before that commit are attempted again once their lease runs out (at least once). A batch
 * never holds two deliveries of one subscriber and subject, so the order per subject is kept. A
 * subscriber this process does not have counts as a failed attempt, so a process that lacks it does
 * not lose the event. Each attempt runs in the event's trace ({@link EventTracing}); each recorded
 * outcome is told to the {@link DeliveryListener}.
 */
public final class DispatchEvents {

  /** How long a claimed delivery stays with its worker; after that it is claimable again. */
  public static final Duration LEASE = Duration.ofMinutes(1);

  /**
   * How long after its claim a batch's deliveries may still start: the ones not started by then are
   * released, so that slow deliveries (webhooks waiting out their timeouts) never outlast the lease
   * of those behind them, which another worker would then claim again.
   */
  static final Duration STARTS_WITHIN = LEASE.dividedBy(2);

  private final EventDeliveries deliveries;
  private final EventSubscribers subscribers;
  private final Transactions transactions;
  private final Backoff backoff;
  private final int maxAttempts;
  private final DeliveryListener listener;
  private final EventTracing tracing;
  private final Clock clock;

  public DispatchEvents(
      EventDeliveries deliveries,
      EventSubscribers subscribers,
      Transactions transactions,
      Backoff backoff,
      int maxAttempts,
      DeliveryListener listener,
      EventTracing tracing,
      Clock clock) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.deliveries = deliveries;
    this.subscribers = subscribers;
    this.transactions = transactions;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.listener = listener;
    this.tracing = tracing;
    this.clock = clock;
  }

  /**
   * Claims up to {@code limit} due deliveries and delivers them in turn; once {@code stopping} says
   * so, or {@link #STARTS_WITHIN} after the claim, the claimed ones not yet started are released
   * for another worker or the next start.
   *
   * @return how many deliveries it claimed (0: nothing was due)
   */
  public int execute(int limit, BooleanSupplier stopping) {
    if (transactions.inUnitOfWork()) {
      throw new IllegalStateException("deliveries run with no unit of work open");
    }
    var claimedAt = clock.instant();
    var claims = deliveries.claim(limit, claimedAt, LEASE);
    var attempts = new ArrayList<DeliveryOutcome>(claims.size());
    var batches = new HashMap<String, EventSubscriber.Batch>();
    var lastStart = claimedAt.plus(STARTS_WITHIN);
    for (var claim : claims) {
      if (stopping.getAsBoolean() || clock.instant().isAfter(lastStart)) {
        deliveries.release(claim);
      } else {
        attempts.add(new DeliveryOutcome(claim, attempt(claim, claims, batches)));
      }
    }
    if (!attempts.isEmpty()) {
      deliveries
          .record(attempts)
          .forEach(done -> listener.recorded(done.claim().event(), done.outcome()));
    }
    return claims.size();
  }

  /**
   * Delivers {@code claim} through its subscriber's batch of {@code claims}, prepared on its first
   * delivery and kept in {@code batches}.
   */
  private EventDelivery attempt(
      ClaimedDelivery claim,
      List<ClaimedDelivery> claims,
      Map<String, EventSubscriber.Batch> batches) {
    var delivery = claim.delivery();
    try {
      var subscriber =
          subscribers
              .named(delivery.subscriber())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no subscriber " + delivery.subscriber() + " here"));
      var batch = batches.get(subscriber.name());
      if (batch == null) {
        batch = subscriber.prepare(eventsOf(subscriber.name(), claims));
        batches.put(subscriber.name(), batch);
      }
      var prepared = batch;
      tracing.deliver(claim.event(), subscriber.name(), () -> prepared.deliver(claim.event()));
      return delivery.delivered(clock.instant());
    } catch (RuntimeException failure) {
      var error = DeliveryError.describe(failure);
      var now = clock.instant();
      var failures = delivery.attempts() + 1;
      return failures >= maxAttempts
          ? delivery.dead(error, now)
          : delivery.retried(error, now.plus(backoff.after(failures)));
    }
  }

  private static List<StoredEvent> eventsOf(String subscriber, List<ClaimedDelivery> claims) {
    return claims.stream()
        .filter(claim -> claim.delivery().subscriber().equals(subscriber))
        .map(ClaimedDelivery::event)
        .toList();
  }
}
