package dev.kassa.application.orders;

import dev.kassa.application.access.AccessPolicy;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.OrderEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.order.Shipment;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Moves an order along its delivery, for admins: {@code paid -> shipped -> delivered}; shipping
 * keeps the carrier and tracking number given, which the {@code order.shipped} event carries. Any
 * other step is refused by the order's lifecycle ({@code invalid_state_transition}); cancelling has
 * its own use case, because it gives back stock and money. Shipping an order paid by card captures
 * its authorization into the merchant account, in the same unit of work: the order, then the hold
 * and the accounts are locked, as cancelling takes them.
 */
public final class UpdateOrderStatus {

  /** The next status; {@code shipment} (carrier, tracking number) only with {@code shipped}. */
  public record Command(OrderStatus status, Shipment shipment) {
    public Command {
      if (shipment != null && shipment.isEmpty()) {
        shipment = null;
      }
      new ValidationException.Collector()
          .check(
              status == null || status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED,
              "status",
              "must be shipped or delivered")
          .require(status, "status")
          .check(
              shipment == null || shipment.carrier() == null || status == OrderStatus.SHIPPED,
              "carrier",
              "is only taken with status shipped")
          .check(
              shipment == null
                  || shipment.trackingNumber() == null
                  || status == OrderStatus.SHIPPED,
              "trackingNumber",
              "is only taken with status shipped")
          .throwIfAny();
    }

    public Command(OrderStatus status) {
      this(status, null);
    }
  }

  private final Transactions transactions;
  private final Orders orders;
  private final Accounts accounts;
  private final Ledger ledger;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final Clock clock;

  public UpdateOrderStatus(
      Transactions transactions,
      Orders orders,
      Accounts accounts,
      Ledger ledger,
      AuditLog auditLog,
      Outbox outbox,
      Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.orders = orders;
    this.accounts = accounts;
    this.ledger = ledger;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Order execute(Actor actor, OrderId id, Command command) {
    AccessPolicy.requireAdmin(actor);
    return transactions.inTransaction(
        () -> {
          var now = clock.instant();
          var current = OrderLookup.lockedVisible(orders, actor, id);
          var changed =
              command.status() == OrderStatus.SHIPPED
                  ? current.ship(command.shipment(), now)
                  : current.moveTo(command.status(), now);
          if (changed.status() == OrderStatus.SHIPPED
              && changed.payment().status() == PaymentStatus.AUTHORIZED) {
            changed = changed.withPayment(capture(changed.payment(), now), now);
          }
          orders.update(changed);
          outbox.append(OrderEvents.reached(changed, now));
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.ORDER_STATUS_CHANGED,
                  actor.id(),
                  "order",
                  id,
                  Map.of("from", current.status().code(), "to", changed.status().code()),
                  now));
          return changed;
        });
  }

  private Payment capture(Payment payment, Instant now) {
    var merchant =
        accounts.systemAccount(AccountType.MERCHANT_REVENUE, payment.amount().currency());
    var posted =
        ledger.captureHold(
            payment.holdId(),
            payment.amount(),
            merchant.id(),
            TransactionType.CARD_PAYMENT,
            TransactionType.CARD_PAYMENT,
            now);
    return payment.captured(posted.entry().id(), now);
  }
}
