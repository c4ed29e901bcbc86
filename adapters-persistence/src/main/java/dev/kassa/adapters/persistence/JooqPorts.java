package dev.kassa.adapters.persistence;

import dev.kassa.application.Storage;
import dev.kassa.application.batching.BatchingTransactions;
import dev.kassa.domain.auth.AccessTokenKey;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.auth.TokenHolder;
import dev.kassa.domain.auth.TokenHolders;
import dev.kassa.domain.shared.Transactions;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The PostgreSQL {@link Storage}: one consistent set of the jOOQ adapters over one {@link
 * DataSource}. They share a {@link JooqDatabase}, so every one of them joins the units of work of
 * {@link #transactions()}. The schema must be migrated first ({@link Migrations}); {@code clock}
 * dates what the adapters create themselves (system accounts) and should tick in microseconds, the
 * precision PostgreSQL keeps.
 */
public final class JooqPorts implements Storage {

  private final JooqTransactions transactions;
  private final Transactions moneyTransactions;
  private final JooqUsers users;
  private final JooqAccounts accounts;
  private final JooqLedger ledger;
  private final JooqTransfers transfers;
  private final JooqCards cards;
  private final JooqAuditLog auditLog;
  private final JooqSessions sessions;
  private final JooqPasswordResetTokens passwordResetTokens;
  private final JooqIdempotencyStore idempotency;
  private final JooqProducts products;
  private final JooqProductImages productImages;
  private final JooqCarts carts;
  private final JooqOrders orders;
  private final JooqRefunds refunds;
  private final JooqReceivedEvents receivedEvents;
  private final JooqOutbox outbox;
  private final JooqUnpublishedEvents unpublishedEvents;
  private final JooqAppliedEvents appliedEvents;
  private final JooqBrokerDeliveries brokerDeliveries;
  private final JooqEventDeliveries eventDeliveries;
  private final JooqWebhookEndpoints webhookEndpoints;
  private final JooqWebhookDeliveries webhookDeliveries;
  private final JooqNotifications notifications;
  private final JooqJournalSeals journalSeals;

  private JooqPorts(
      JooqDatabase database, Clock clock, UnitOfWorkObserver observer, boolean batching) {
    this.transactions = new JooqTransactions(database, observer);
    this.ledger = new JooqLedger(database, transactions);
    this.users = new JooqUsers(database);
    this.accounts = new JooqAccounts(database, clock);
    this.transfers = new JooqTransfers(database);
    this.cards = new JooqCards(database);
    this.auditLog = new JooqAuditLog(database);
    this.sessions = new JooqSessions(database, clock);
    this.idempotency = new JooqIdempotencyStore(database);
    this.moneyTransactions =
        batching
            ? new BatchingTransactions(transactions, ledger, tokenHolders(), idempotency)
            : transactions;
    this.passwordResetTokens = new JooqPasswordResetTokens(database);
    this.products = new JooqProducts(database);
    this.productImages = new JooqProductImages(database);
    this.carts = new JooqCarts(database, transactions);
    this.orders = new JooqOrders(database, transactions);
    this.refunds = new JooqRefunds(database);
    this.receivedEvents = new JooqReceivedEvents(database, transactions);
    this.outbox = new JooqOutbox(database, transactions);
    this.unpublishedEvents = new JooqUnpublishedEvents(database, transactions);
    this.appliedEvents = new JooqAppliedEvents(database);
    this.brokerDeliveries = new JooqBrokerDeliveries(database);
    this.eventDeliveries = new JooqEventDeliveries(database, transactions);
    this.webhookEndpoints = new JooqWebhookEndpoints(database);
    this.webhookDeliveries = new JooqWebhookDeliveries(database);
    this.notifications = new JooqNotifications(database);
    this.journalSeals = new JooqJournalSeals(database, clock);
  }

  public static JooqPorts over(DataSource dataSource, Clock clock) {
    return over(dataSource, clock, UnitOfWorkObserver.NONE);
  }

  /** Like {@link #over(DataSource, Clock)}, with every unit of work shown to {@code observer}. */
  public static JooqPorts over(DataSource dataSource, Clock clock, UnitOfWorkObserver observer) {
    return over(dataSource, clock, observer, false);
  }

  /**
   * Like {@link #over(DataSource, Clock, UnitOfWorkObserver)}; with {@code batching}, the money
   * operations' units of work are grouped into shared transactions ({@link #moneyTransactions()}).
   */
  public static JooqPorts over(
      DataSource dataSource, Clock clock, UnitOfWorkObserver observer, boolean batching) {
    return new JooqPorts(new JooqDatabase(dataSource), clock, observer, batching);
  }

  @Override
  public JooqTransactions transactions() {
    return transactions;
  }

  @Override
  public Transactions moneyTransactions() {
    return moneyTransactions;
  }

  @Override
  public JooqUsers users() {
    return users;
  }

  @Override
  public JooqAccounts accounts() {
    return accounts;
  }

  @Override
  public JooqLedger ledger() {
    return ledger;
  }

  @Override
  public JooqTransfers transfers() {
    return transfers;
  }

  @Override
  public JooqCards cards() {
    return cards;
  }

  @Override
  public JooqAuditLog auditLog() {
    return auditLog;
  }

  @Override
  public JooqSessions sessions() {
    return sessions;
  }

  @Override
  public TokenHolders tokenHolders() {
    return new TokenHolders() {
      @Override
      public Optional<TokenHolder> find(SessionId id, String jti) {
        return sessions.findHolder(id, jti);
      }

      @Override
      public void readAhead(Collection<AccessTokenKey> keys) {
        sessions.readAheadHolders(keys);
      }
    };
  }

  @Override
  public JooqPasswordResetTokens passwordResetTokens() {
    return passwordResetTokens;
  }

  @Override
  public JooqIdempotencyStore idempotency() {
    return idempotency;
  }

  @Override
  public JooqJournalSeals journalSeals() {
    return journalSeals;
  }

  @Override
  public JooqProducts products() {
    return products;
  }

  @Override
  public JooqProductImages productImages() {
    return productImages;
  }

  @Override
  public JooqCarts carts() {
    return carts;
  }

  @Override
  public JooqOrders orders() {
    return orders;
  }

  @Override
  public JooqRefunds refunds() {
    return refunds;
  }

  @Override
  public JooqReceivedEvents receivedEvents() {
    return receivedEvents;
  }

  @Override
  public JooqWebhookEndpoints webhookEndpoints() {
    return webhookEndpoints;
  }

  @Override
  public JooqWebhookDeliveries webhookDeliveries() {
    return webhookDeliveries;
  }

  @Override
  public JooqOutbox outbox() {
    return outbox;
  }

  /** The outbox rows a relay to Kafka has still to publish. */
  public JooqUnpublishedEvents unpublishedEvents() {
    return unpublishedEvents;
  }

  /** The events each subscriber has applied, for consumers that may see an event twice. */
  public JooqAppliedEvents appliedEvents() {
    return appliedEvents;
  }

  /** What the consumers of a broker recorded of the events: failures, dead letters. */
  public JooqBrokerDeliveries brokerDeliveries() {
    return brokerDeliveries;
  }

  @Override
  public JooqEventDeliveries eventDeliveries() {
    return eventDeliveries;
  }

  @Override
  public JooqNotifications notifications() {
    return notifications;
  }
}
