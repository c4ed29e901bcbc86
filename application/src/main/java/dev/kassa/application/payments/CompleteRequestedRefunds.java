package dev.kassa.application.payments;

import dev.kassa.domain.payment.Refunds;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Housekeeping: completes provider refunds left {@code requested} for longer than {@link #GRACE} (a
 * crash between asking the provider and recording its answer, or a refund of a late payment the
 * provider refused). The provider is asked again with the refund's own idempotency key, so a refund
 * it made already is answered, not made twice; one that it refuses again waits for the next run.
 * Safe to run from several Kassa processes at once: the completion re-reads the refund under the
 * order's lock.
 */
public final class CompleteRequestedRefunds {

  /** How long a refund may stay {@code requested} before it counts as interrupted. */
  public static final Duration GRACE = Duration.ofMinutes(1);

  private static final int BATCH = 100;

  private final Refunds refunds;
  private final ProviderRefunds providerRefunds;
  private final Clock clock;

  public CompleteRequestedRefunds(Refunds refunds, ProviderRefunds providerRefunds, Clock clock) {
    this.refunds = refunds;
    this.providerRefunds = providerRefunds;
    this.clock = clock;
  }

  /** Returns how many refunds this run completed. */
  public int execute() {
    return (int)
        refunds.requested(clock.instant().minus(GRACE), BATCH).stream()
            .map(providerRefunds::retry)
            .flatMap(Optional::stream)
            .filter(ProviderRefunds.Completion::now)
            .count();
  }
}
