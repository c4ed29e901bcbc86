package dev.kassa.application.cards;

import dev.kassa.application.accounts.AccountLookup;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardFingerprints;
import dev.kassa.domain.card.CardNumber;
import dev.kassa.domain.card.CardType;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.card.IssuedCard;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.CardEvents;
import dev.kassa.domain.event.Outbox;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/**
 * Issues a card on the caller's active account. The full number is returned this once; only its
 * last four digits and a keyed fingerprint are stored.
 */
public final class IssueCard {

  private static final int MAX_NUMBER_DRAWS = 5;

  public record Command(AccountId accountId, CardType type) {
    public Command {
      new ValidationException.Collector()
          .require(accountId, "accountId")
          .require(type, "type")
          .throwIfAny();
    }
  }

  private final Transactions transactions;
  private final Accounts accounts;
  private final Cards cards;
  private final CardFingerprints fingerprints;
  private final AuditLog auditLog;
  private final Outbox outbox;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public IssueCard(
      Transactions transactions,
      Accounts accounts,
      Cards cards,
      CardFingerprints fingerprints,
      AuditLog auditLog,
      Outbox outbox,
      Clock clock) {
    this.outbox = outbox;
    this.transactions = transactions;
    this.accounts = accounts;
    this.cards = cards;
    this.fingerprints = fingerprints;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  public IssuedCard execute(Actor actor, Command command) {
    return transactions.inTransaction(
        () -> {
          var account = AccountLookup.owned(accounts, actor, command.accountId());
          account.requireActive();
          var now = clock.instant();
          for (int draw = 0; draw < MAX_NUMBER_DRAWS; draw++) {
            var number = CardNumber.generate(random);
            var card =
                Card.issue(
                    account.id(),
                    actor.id(),
                    command.type(),
                    number,
                    fingerprints.fingerprint(number),
                    now);
            if (cards.add(card)) {
              auditLog.record(
                  AuditEvent.of(
                      AuditTypes.CARD_ISSUED,
                      actor.id(),
                      "card",
                      card.id(),
                      Map.of("accountId", account.id().toString(), "last4", card.last4()),
                      now));
              outbox.append(CardEvents.issued(card, now));
              return new IssuedCard(card, number);
            }
          }
          throw new IllegalStateException("no unused card number after " + MAX_NUMBER_DRAWS);
        });
  }
}
