package dev.kassa.application.cards;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.CardEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.util.Map;

/** Freezes, unfreezes or cancels a card; a cancelled card stays cancelled. */
public final class UpdateCardStatus {

  public record Command(CardStatus status) {
    public Command {
      new ValidationException.Collector().require(status, "status").throwIfAny();
    }
  }

  private final Transactions transactions;
  private final Cards cards;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final Clock clock;

  public UpdateCardStatus(
      Transactions transactions, Cards cards, AuditLog auditLog, Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.cards = cards;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public Card execute(Actor actor, CardId id, Command command) {
    return transactions.inTransaction(
        () -> {
          var current = CardLookup.visible(cards, actor, id);
          if (current.status() == command.status()) {
            return current;
          }
          var changed = current.withStatus(command.status());
          cards.update(changed);
          outbox.append(CardEvents.statusChanged(current, changed, clock.instant()));
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.CARD_STATUS_CHANGED,
                  actor.id(),
                  "card",
                  id,
                  Map.of("from", current.status().code(), "to", changed.status().code()),
                  clock.instant()));
          return changed;
        });
  }
}
