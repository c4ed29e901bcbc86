package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.cards.GetCard;
import dev.kassa.application.cards.IssueCard;
import dev.kassa.application.cards.ListCards;
import dev.kassa.application.cards.UpdateCardStatus;
import dev.kassa.domain.card.CardId;

/**
 * {@code /v1/cards}: issue, list, read, freeze and cancel cards. The full number appears in the
 * issuing response only, which is marked {@code Cache-Control: no-store}.
 */
public final class CardsController implements Controller {

  private static final String CARD = "/v1/cards/{id}";

  private final IssueCard issueCard;
  private final ListCards listCards;
  private final GetCard getCard;
  private final UpdateCardStatus updateCardStatus;

  public CardsController(
      IssueCard issueCard,
      ListCards listCards,
      GetCard getCard,
      UpdateCardStatus updateCardStatus) {
    this.issueCard = issueCard;
    this.listCards = listCards;
    this.getCard = getCard;
    this.updateCardStatus = updateCardStatus;
  }

  @Override
  public void routes(Routes routes) {
    routes
        .post("/v1/cards", RouteAccess.USER, this::issue)
        .get("/v1/cards", RouteAccess.USER, this::list)
        .get(CARD, RouteAccess.USER, this::get)
        .patch(CARD, RouteAccess.USER, this::update);
  }

  private void issue(Call call) {
    var command = call.command(IssueCardRequest.class, IssueCardRequest::toCommand);
    var issued = issueCard.execute(call.actor(), command);
    call.ctx().header("Cache-Control", "no-store");
    call.created(IssuedCardResponse.from(issued));
  }

  private void list(Call call) {
    call.okPage(listCards.execute(call.actor(), call.page()), CardResponse::from);
  }

  private void get(Call call) {
    call.ok(CardResponse.from(getCard.execute(call.actor(), id(call))));
  }

  private void update(Call call) {
    var id = id(call);
    var command = call.command(UpdateCardRequest.class, UpdateCardRequest::toCommand);
    call.ok(CardResponse.from(updateCardStatus.execute(call.actor(), id, command)));
  }

  private static CardId id(Call call) {
    return call.pathId("id", "card", CardId::of);
  }
}
