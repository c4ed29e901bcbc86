package dev.kassa.domain.order;

import dev.kassa.domain.user.UserId;

/** Which orders to list; null fields do not filter. */
public record OrderQuery(UserId userId, OrderStatus status, OrderKind kind) {}
