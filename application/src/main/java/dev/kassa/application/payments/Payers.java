package dev.kassa.application.payments;

import dev.kassa.application.accounts.AccountLookup;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.Cards;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.JournalEntry;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Reference;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.Actor;
import java.time.Instant;

/** Makes the {@link Payer} for a buyer's {@link PaymentChoice}. */
public final class Payers {

  private final Accounts accounts;
  private final Cards cards;
  private final Ledger ledger;
  private final PaymentSettings settings;

  public Payers(Accounts accounts, Cards cards, Ledger ledger, PaymentSettings settings) {
    this.accounts = accounts;
    this.cards = cards;
    this.ledger = ledger;
    this.settings = settings;
  }

  public Payer ready(Actor actor, PaymentChoice choice, OrderId order, Money total, Instant now) {
    return switch (choice) {
      case PaymentChoice.FromAccount(var accountId) -> {
        var account = inCurrency(AccountLookup.owned(accounts, actor, accountId), total);
        var merchant = accounts.systemAccount(AccountType.MERCHANT_REVENUE, total.currency());
        yield at -> fromAccount(account, merchant, order, total, at);
      }
      case PaymentChoice.ByCard(var cardId) -> byCard(actor, cardId, order, total, now);
      case PaymentChoice.ThroughGateway() -> throughGateway(total);
    };
  }

  /**
   * Pays from the buyer's account to the merchant's, both found before the sale takes its locks, so
   * that a hot product's lock is not held while they are looked up.
   */
  private Payment fromAccount(
      Account account, Account merchant, OrderId order, Money total, Instant now) {
    var entry =
        JournalEntry.between(
            account.id(),
            TransactionType.PURCHASE,
            merchant.id(),
            TransactionType.PURCHASE,
            total.minor(),
            total.currency(),
            "Order " + order,
            reference(order),
            now);
    ledger.post(entry);
    return Payment.capturedFromAccount(total, account.id(), entry.id(), now);
  }

  /** Only the caller's own card, active and not past its expiry, pays; by a hold on its account. */
  private Payer byCard(Actor actor, CardId cardId, OrderId order, Money total, Instant now) {
    var card =
        cards
            .find(cardId)
            .filter(found -> found.ownerId().equals(actor.id()))
            .orElseThrow(() -> new NotFoundException("card", cardId));
    if (card.status() != CardStatus.ACTIVE) {
      throw ConflictException.cardNotActive(cardId, card.status().code());
    }
    if (card.isExpired(now)) {
      throw ConflictException.cardNotActive(cardId, "expired");
    }
    var account =
        inCurrency(
            accounts
                .find(card.accountId())
                .orElseThrow(() -> new NotFoundException("account", card.accountId())),
            total);
    return at -> {
      var hold =
          ledger.placeHold(
              account.id(),
              total,
              reference(order),
              "Order " + order,
              at,
              at.plus(settings.authorizationTtl()));
      return Payment.authorizedOnCard(
          total, account.id(), card.id(), hold.id(), hold.expiresAt(), at);
    };
  }

  /**
   * Reserves a gateway payment without calling the provider: its intent is opened once the sale has
   * committed ({@link GatewayIntents}), so that no lock waits on the network.
   */
  private Payer throughGateway(Money total) {
    var gateway =
        settings
            .gateway()
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "paymentMethod", "gateway payments are not configured on this server"));
    return now ->
        Payment.awaitingIntent(
            PaymentId.newId(), gateway.provider(), total, now.plus(settings.reservationTtl()), now);
  }

  private static Account inCurrency(Account account, Money total) {
    if (!account.currency().equals(total.currency())) {
      throw new CurrencyMismatchException(total.currency(), account.currency());
    }
    return account;
  }

  private static Reference reference(OrderId order) {
    return new Reference("order", order.value());
  }
}
