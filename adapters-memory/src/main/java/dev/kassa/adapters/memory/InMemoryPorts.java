package dev.kassa.adapters.memory;

import dev.kassa.application.Storage;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.image.ProductImages;
import dev.kassa.domain.ledger.JournalSeals;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Transfers;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.ReceivedEvents;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.PasswordResetTokens;
import dev.kassa.domain.user.Users;
import dev.kassa.domain.webhook.WebhookDeliveries;
import dev.kassa.domain.webhook.WebhookEndpoints;
import java.time.Clock;

/**
 * One consistent in-memory world: every persistence port, sharing one unit of work and one account
 * table. Each {@link #create()} starts an empty world of its own.
 */
public final class InMemoryPorts implements Storage {

  private final InMemoryTransactions transactions;
  private final InMemoryUsers users;
  private final InMemoryAccounts accounts;
  private final InMemoryLedger ledger;
  private final InMemoryTransfers transfers;
  private final InMemoryCards cards;
  private final InMemoryAuditLog auditLog;
  private final InMemorySessions sessions;
  private final InMemoryPasswordResetTokens passwordResetTokens;
  private final InMemoryIdempotencyStore idempotency;
  private final InMemoryProducts products;
  private final InMemoryProductImages productImages;
  private final InMemoryCarts carts;
  private final InMemoryOrders orders;
  private final InMemoryRefunds refunds;
  private final InMemoryReceivedEvents receivedEvents;
  private final InMemoryOutbox outbox;
  private final InMemoryEventDeliveries eventDeliveries;
  private final InMemoryUnpublishedEvents unpublishedEvents;
  private final InMemoryAppliedEvents appliedEvents;
  private final InMemoryBrokerDeliveries brokerDeliveries;
  private final InMemoryWebhookDeliveries webhookDeliveries;
  private final InMemoryWebhookEndpoints webhookEndpoints;
  private final InMemoryNotifications notifications;
  private final InMemoryJournalSeals journalSeals;

  private InMemoryPorts(Clock clock) {
    transactions = new InMemoryTransactions();
    users = new InMemoryUsers(transactions);
    accounts = new InMemoryAccounts(transactions, clock);
    ledger = new InMemoryLedger(transactions, accounts);
    transfers = new InMemoryTransfers(transactions, accounts);
    cards = new InMemoryCards(transactions);
    auditLog = new InMemoryAuditLog(transactions);
    sessions = new InMemorySessions(transactions, clock);
    passwordResetTokens = new InMemoryPasswordResetTokens(transactions);
    idempotency = new InMemoryIdempotencyStore(transactions);
    products = new InMemoryProducts(transactions);
    productImages = new InMemoryProductImages(transactions);
    carts = new InMemoryCarts(transactions);
    orders = new InMemoryOrders(transactions);
    refunds = new InMemoryRefunds(transactions);
    receivedEvents = new InMemoryReceivedEvents(transactions);
    outbox = new InMemoryOutbox(transactions);
    eventDeliveries = new InMemoryEventDeliveries(transactions, outbox);
    unpublishedEvents = new InMemoryUnpublishedEvents(transactions, outbox, clock);
    appliedEvents = new InMemoryAppliedEvents(transactions, clock);
    brokerDeliveries =
        new InMemoryBrokerDeliveries(transactions, outbox, unpublishedEvents, appliedEvents);
    webhookDeliveries = new InMemoryWebhookDeliveries(transactions);
    webhookEndpoints = new InMemoryWebhookEndpoints(transactions, webhookDeliveries);
    notifications = new InMemoryNotifications(transactions);
    journalSeals = new InMemoryJournalSeals(transactions, ledger, products);
  }

  /** An empty world on the system clock (UTC). */
  public static InMemoryPorts create() {
    return create(Clock.systemUTC());
  }

  /** An empty world; {@code clock} dates what the adapters create themselves. */
  public static InMemoryPorts create(Clock clock) {
    return new InMemoryPorts(clock);
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public Users users() {
    return users;
  }

  @Override
  public Accounts accounts() {
    return accounts;
  }

  @Override
  public Ledger ledger() {
    return ledger;
  }

  @Override
  public Transfers transfers() {
    return transfers;
  }

  @Override
  public Cards cards() {
    return cards;
  }

  @Override
  public AuditLog auditLog() {
    return auditLog;
  }

  @Override
  public Sessions sessions() {
    return sessions;
  }

  @Override
  public PasswordResetTokens passwordResetTokens() {
    return passwordResetTokens;
  }

  @Override
  public IdempotencyStore idempotency() {
    return idempotency;
  }

  @Override
  public JournalSeals journalSeals() {
    return journalSeals;
  }

  @Override
  public Products products() {
    return products;
  }

  @Override
  public ProductImages productImages() {
    return productImages;
  }

  @Override
  public Carts carts() {
    return carts;
  }

  @Override
  public Orders orders() {
    return orders;
  }

  @Override
  public Refunds refunds() {
    return refunds;
  }

  @Override
  public ReceivedEvents receivedEvents() {
    return receivedEvents;
  }

  @Override
  public WebhookEndpoints webhookEndpoints() {
    return webhookEndpoints;
  }

  @Override
  public WebhookDeliveries webhookDeliveries() {
    return webhookDeliveries;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  /** The outbox events a relay to a broker has still to publish. */
  public InMemoryUnpublishedEvents unpublishedEvents() {
    return unpublishedEvents;
  }

  /** The events each subscriber has applied. */
  public InMemoryAppliedEvents appliedEvents() {
    return appliedEvents;
  }

  /** What the consumers of a broker recorded of the events. */
  public InMemoryBrokerDeliveries brokerDeliveries() {
    return brokerDeliveries;
  }

  @Override
  public EventDeliveries eventDeliveries() {
    return eventDeliveries;
  }

  @Override
  public InMemoryNotifications notifications() {
    return notifications;
  }
}
