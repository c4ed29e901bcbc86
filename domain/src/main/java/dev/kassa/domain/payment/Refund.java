package dev.kassa.domain.payment;

import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Money given back for an order: {@code entryId} is the ledger entry that recorded it (none while
 * requested or once {@code failed}), {@code providerRef} the provider's refund for gateway
 * payments, {@code requestedBy} who asked for it (null when Kassa refunded on its own, as for a
 * payment that arrived too late), and {@code cancelsOrder} whether completing it also cancels the
 * order (a cancellation waiting for its provider refund). A refund by line names the {@code lines}
 * its amount adds up, and {@code restock} whether their units go back in stock when it completes.
 */
public record Refund(
    RefundId id,
    OrderId orderId,
    PaymentId paymentId,
    Money amount,
    RefundStatus status,
    String providerRef,
    EntryId entryId,
    UserId requestedBy,
    boolean cancelsOrder,
    List<RefundLine> lines,
    boolean restock,
    Instant createdAt) {

  public Refund {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    if (status.isCompleted() != (entryId != null)) {
      throw new IllegalArgumentException("a refund has a ledger entry exactly when it completed");
    }
    lines = List.copyOf(lines);
    new RefundScope(amount, lines, restock);
  }

  /** A refund Kassa made itself, recorded by {@code entry} at once. */
  public static Refund inHouse(
      OrderId order, PaymentId payment, RefundScope scope, EntryId entry, UserId by, Instant now) {
    return new Refund(
        RefundId.newId(),
        order,
        payment,
        scope.amount(),
        RefundStatus.SUCCEEDED,
        null,
        entry,
        by,
        false,
        scope.lines(),
        scope.restock(),
        now);
  }

  /** A refund to ask of the payment's provider; nothing moved yet. */
  public static Refund requested(
      OrderId order,
      PaymentId payment,
      RefundScope scope,
      UserId by,
      boolean cancels,
      Instant now) {
    return new Refund(
        RefundId.newId(),
        order,
        payment,
        scope.amount(),
        RefundStatus.REQUESTED,
        null,
        null,
        by,
        cancels,
        scope.lines(),
        scope.restock(),
        now);
  }

  /** What this refund gives back. */
  public RefundScope scope() {
    return new RefundScope(amount, lines, restock);
  }

  /** The key the provider dedupes this refund's calls by: one refund, one provider refund. */
  public String idempotencyKey() {
    return "refund-" + id;
  }

  /** The provider gave the money back ({@code given}), and {@code entry} recorded it. */
  public Refund completed(ProviderRefund given, EntryId entry) {
    requireRequested();
    return new Refund(
        id,
        orderId,
        paymentId,
        amount,
        given.status(),
        given.id(),
        entry,
        requestedBy,
        cancelsOrder,
        lines,
        restock,
        createdAt);
  }

  /** The provider refused: nothing went back. */
  public Refund failed() {
    requireRequested();
    return new Refund(
        id,
        orderId,
        paymentId,
        amount,
        RefundStatus.FAILED,
        null,
        null,
        requestedBy,
        cancelsOrder,
        lines,
        restock,
        createdAt);
  }

  private void requireRequested() {
    if (status != RefundStatus.REQUESTED) {
      throw new IllegalStateException("refund " + id + " is " + status.code() + " already");
    }
  }
}
