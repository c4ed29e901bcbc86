package dev.kassa.domain.event;

import java.time.Instant;
import java.util.Optional;

/**
 * How many deliveries stand in each status, and since when the oldest pending one has waited (empty
 * when none is pending).
 */
public record DeliveryCounts(
    long pending, long delivered, long dead, Optional<Instant> oldestPendingSince) {}
