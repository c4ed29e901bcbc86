package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.application.cards.UpdateCardStatus;
import dev.kassa.domain.card.CardStatus;

/** {@code PATCH /v1/cards/{id}}: {@code status} active, frozen or cancelled. */
public record UpdateCardRequest(@Required String status) {

  public UpdateCardStatus.Command toCommand(Fields fields) {
    return new UpdateCardStatus.Command(fields.parse("status", status, CardStatus::parse));
  }
}
