package dev.kassa.application.events;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.application.Storage;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.event.TraceContext;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.image.ProductImages;
import dev.kassa.domain.ledger.JournalSeals;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Transfers;
import dev.kassa.domain.notification.Notifications;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.payment.ReceivedEvents;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.PasswordResetTokens;
import dev.kassa.domain.user.Users;
import dev.kassa.domain.webhook.WebhookDeliveries;
import dev.kassa.domain.webhook.WebhookEndpoints;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory world, but its outbox can be armed: then an append is stored and the unit of work
 * fails right after it, the last write of the use case, so the whole change must roll back.
 */
final class ArmedOutboxStorage implements Storage, Outbox {

  static final class Armed extends RuntimeException {
    Armed() {
      super("the outbox failed after the append");
    }
  }

  private final InMemoryPorts ports;
  private volatile boolean armed;

  ArmedOutboxStorage(InMemoryPorts ports) {
    this.ports = ports;
  }

  void arm(boolean armed) {
    this.armed = armed;
  }

  @Override
  public StoredEvent append(DomainEvent event, Optional<TraceContext> trace) {
    var stored = ports.outbox().append(event, trace);
    if (armed) {
      throw new Armed();
    }
    return stored;
  }

  @Override
  public Optional<StoredEvent> find(EventId id) {
    return ports.outbox().find(id);
  }

  @Override
  public Page<StoredEvent> page(EventFilter filter, PageRequest request) {
    return ports.outbox().page(filter, request);
  }

  @Override
  public List<StoredEvent> bySubject(String subject) {
    return ports.outbox().bySubject(subject);
  }

  @Override
  public Outbox outbox() {
    return this;
  }

  @Override
  public Transactions transactions() {
    return ports.transactions();
  }

  @Override
  public Users users() {
    return ports.users();
  }

  @Override
  public Accounts accounts() {
    return ports.accounts();
  }

  @Override
  public Ledger ledger() {
    return ports.ledger();
  }

  @Override
  public JournalSeals journalSeals() {
    return ports.journalSeals();
  }

  @Override
  public Transfers transfers() {
    return ports.transfers();
  }

  @Override
  public Cards cards() {
    return ports.cards();
  }

  @Override
  public AuditLog auditLog() {
    return ports.auditLog();
  }

  @Override
  public Sessions sessions() {
    return ports.sessions();
  }

  @Override
  public PasswordResetTokens passwordResetTokens() {
    return ports.passwordResetTokens();
  }

  @Override
  public IdempotencyStore idempotency() {
    return ports.idempotency();
  }

  @Override
  public Products products() {
    return ports.products();
  }

  @Override
  public ProductImages productImages() {
    return ports.productImages();
  }

  @Override
  public Carts carts() {
    return ports.carts();
  }

  @Override
  public Orders orders() {
    return ports.orders();
  }

  @Override
  public Refunds refunds() {
    return ports.refunds();
  }

  @Override
  public ReceivedEvents receivedEvents() {
    return ports.receivedEvents();
  }

  @Override
  public EventDeliveries eventDeliveries() {
    return ports.eventDeliveries();
  }

  @Override
  public WebhookEndpoints webhookEndpoints() {
    return ports.webhookEndpoints();
  }

  @Override
  public WebhookDeliveries webhookDeliveries() {
    return ports.webhookDeliveries();
  }

  @Override
  public Notifications notifications() {
    return ports.notifications();
  }
}
