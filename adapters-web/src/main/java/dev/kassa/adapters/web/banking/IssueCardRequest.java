package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.cards.IssueCard;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.CardType;

/**
 * {@code POST /v1/cards}: a {@code debit} or {@code virtual} card on one of the caller's accounts.
 */
public record IssueCardRequest(@Required String accountId, @Required String type) {

  public IssueCard.Command toCommand(Fields fields) {
    var account = fields.id("accountId", accountId, AccountId::new);
    var cardType = fields.parse("type", type, CardType::parse);
    return new IssueCard.Command(account, cardType);
  }
}
