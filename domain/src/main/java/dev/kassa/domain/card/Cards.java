package dev.kassa.domain.card;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Issued cards. */
public interface Cards {

  /**
   * Adds a card.
   *
   * @return false when a card with the same number fingerprint exists already (the caller draws a
   *     new number)
   */
  boolean add(Card card);

  void update(Card card);

  Optional<Card> find(CardId id);

  /** The cards on an account, whatever their status, oldest first. */
  List<Card> byAccount(AccountId account);

  /** The owner's cards, oldest first. */
  Page<Card> pageByOwner(UserId owner, PageRequest request);
}
