package dev.kassa.application.accounts;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.event.AccountEvents;
import dev.kassa.domain.event.CardEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Closes an account for good. Only an empty account (zero balance, no holds) closes; the check runs
 * under the account's row lock so no concurrent deposit can slip in. Its cards are cancelled in the
 * same unit of work, each change audited, since a card of a closed account can never pay.
 */
public final class CloseAccount {

  private final Transactions transactions;
  private final Accounts accounts;
  private final Cards cards;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final Clock clock;

  public CloseAccount(
      Transactions transactions,
      Accounts accounts,
      Cards cards,
      AuditLog auditLog,
      Outbox outbox,
      Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.accounts = accounts;
    this.cards = cards;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Account execute(Actor actor, AccountId id) {
    return transactions.inTransaction(
        () -> {
          var current = AccountLookup.lockedVisible(accounts, actor, id);
          var closed = current.close();
          accounts.update(closed);
          var now = clock.instant();
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.ACCOUNT_CLOSED,
                  actor.id(),
                  "account",
                  id,
                  Map.of("from", current.status().code()),
                  now));
          outbox.append(AccountEvents.statusChanged(current, closed, now));
          cancelCards(actor, id, now);
          return closed;
        });
  }

  private void cancelCards(Actor actor, AccountId account, Instant now) {
    for (var card : cards.byAccount(account)) {
      if (card.status() != CardStatus.CANCELLED) {
        var cancelled = card.withStatus(CardStatus.CANCELLED);
        cards.update(cancelled);
        outbox.append(CardEvents.statusChanged(card, cancelled, now));
        auditLog.record(
            AuditEvent.of(
                AuditTypes.CARD_STATUS_CHANGED,
                actor.id(),
                "card",
                card.id(),
                Map.of(
                    "from", card.status().code(),
                    "to", CardStatus.CANCELLED.code(),
                    "reason", "account closed"),
                now));
      }
    }
  }
}
