package dev.kassa.application;

import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.auth.TokenHolder;
import dev.kassa.domain.auth.TokenHolders;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.event.EventDeliveries;
import dev.kassa.domain.event.Outbox;
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
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.PasswordResetTokens;
import dev.kassa.domain.user.Users;
import dev.kassa.domain.webhook.WebhookDeliveries;
import dev.kassa.domain.webhook.WebhookEndpoints;

/**
 * One consistent set of persistence ports sharing one unit of work: what an in-memory or a database
 * adapter module provides as a whole.
 */
public interface Storage {

  Transactions transactions();

  /**
   * The units of work of the money operations without an idempotency key (transfers, deposits and
   * withdrawals, purchases): {@link #transactions()} itself, or the same store's units grouped into
   * shared commits (see {@link dev.kassa.application.batching.BatchingTransactions}).
   */
  default Transactions moneyTransactions() {
    return transactions();
  }

  Users users();

  Accounts accounts();

  Ledger ledger();

  /** The seal chain over the append-only journal. */
  JournalSeals journalSeals();

  Transfers transfers();

  Cards cards();

  AuditLog auditLog();

  Sessions sessions();

  /**
   * The session of an access token, with whether that one token was revoked, and the session's
   * user: what every request's caller check reads. Here two reads; a database adapter makes it one.
   */
  default TokenHolders tokenHolders() {
    return (id, jti) ->
        sessions()
            .findForAccessToken(id, jti)
            .map(found -> new TokenHolder(found, users().find(found.session().userId())));
  }

  PasswordResetTokens passwordResetTokens();

  IdempotencyStore idempotency();

  Products products();

  /** The images uploaded to products, with their bytes. */
  ProductImages productImages();

  Carts carts();

  Orders orders();

  Refunds refunds();

  ReceivedEvents receivedEvents();

  WebhookEndpoints webhookEndpoints();

  WebhookDeliveries webhookDeliveries();

  /** Where use cases declare their domain events, in their own unit of work. */
  Outbox outbox();

  /** The delivery state of the outbox's events with their subscribers. */
  EventDeliveries eventDeliveries();

  /** The in-app inboxes. */
  Notifications notifications();
}
