package dev.kassa.application.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.application.accounts.UpdateAccount;
import dev.kassa.application.auth.RegisterUser;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.application.cards.IssueCard;
import dev.kassa.application.cards.UpdateCardStatus;
import dev.kassa.application.catalog.AdjustStock;
import dev.kassa.application.catalog.UpdateProduct;
import dev.kassa.application.orders.RefundOrder;
import dev.kassa.application.orders.UpdateOrderStatus;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.CardType;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every use case that changes something declares exactly its events, in its own unit of work: none
 * when it fails after its writes, and none that carries a secret.
 */
class UseCaseEventsTest extends UseCaseEventsWorld {

  private static final List<String> SECRET_WORDS =
      List.of("password", "hash", "token", "number", "secret", "fingerprint", "$2");

  private static void expect(List<StoredEvent> events, String subject, EventType... types) {
    assertThat(events).extracting(StoredEvent::type).containsExactly(types);
    assertThat(events).allMatch(event -> event.subject().equals(subject));
  }

  @Test
  void registeringDeclaresTheUser() {
    var command =
        new RegisterUser.Command(
            "ann@kassa.test",
            "correct horse battery",
            "Ann",
            "Lee",
            LocalDate.of(1990, 5, 17),
            null,
            null);
    var events =
        events(
            () -> kassa.registerUser().execute(command),
            () -> ports.users().findByEmail(new Email("ann@kassa.test")).isPresent());

    expect(events, events.getFirst().subject(), EventType.USER_REGISTERED);
    assertThat(events.getFirst().event().data()).containsEntry("email", "ann@kassa.test");
  }

  @Test
  void accountLifeDeclaresOpenedFrozenUnfrozenClosedInSequence() {
    var opened =
        events(
            () ->
                kassa
                    .openAccount()
                    .execute(customer, new OpenAccount.Command(AccountType.CHECKING, EUR, null)),
            () -> ports.accounts().pageByOwner(customer.id(), PageRequest.first(10)).total());
    var id = opened.getFirst().event().data().get("accountId").toString();
    var account = AccountId.of(id);
    var status = (Supplier<Object>) () -> ports.accounts().find(account).orElseThrow().status();

    expect(opened, id, EventType.ACCOUNT_OPENED);
    expect(
        events(
            () ->
                kassa
                    .updateAccount()
                    .execute(
                        customer, account, new UpdateAccount.Command(null, AccountStatus.FROZEN)),
            status),
        id,
        EventType.ACCOUNT_FROZEN);
    expect(
        events(
            () ->
                kassa
                    .updateAccount()
                    .execute(
                        customer, account, new UpdateAccount.Command(null, AccountStatus.ACTIVE)),
            status),
        id,
        EventType.ACCOUNT_UNFROZEN);
    expect(
        events(() -> kassa.closeAccount().execute(customer, account), status),
        id,
        EventType.ACCOUNT_CLOSED);
    assertThat(ports.outbox().bySubject(id))
        .extracting(StoredEvent::sequence)
        .containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void cashTransfersAndCardsDeclareTheirEvents() {
    var from = fundedAccount(customer, 10_000);
    var to = fundedAccount(actor(Role.CUSTOMER), 0);
    var balance = (Supplier<Object>) () -> ports.accounts().find(from).orElseThrow().balance();

    var deposit =
        events(
            () ->
                kassa
                    .postCashTransaction()
                    .execute(
                        customer,
                        new PostCashTransaction.Command(
                            from, PostCashTransaction.Kind.WITHDRAWAL, Money.of(500, EUR), null)),
            balance);
    expect(deposit, deposit.getFirst().subject(), EventType.TRANSACTION_POSTED);
    assertThat(deposit.getFirst().event().data())
        .containsEntry("amount", -500L)
        .containsEntry("accountId", from.toString());

    var transfer =
        events(
            () ->
                kassa
                    .transferMoney()
                    .execute(
                        customer, new TransferMoney.Command(from, to, Money.of(700, EUR), "rent")),
            balance);
    expect(
        transfer,
        transfer.getFirst().event().data().get("transferId").toString(),
        EventType.TRANSFER_COMPLETED);
    assertThat(transfer.getFirst().event().data())
        .containsEntry("amount", 700L)
        .containsEntry("currency", "EUR");

    var cards = (Supplier<Object>) () -> ports.cards().byAccount(from).size();
    var issued =
        events(
            () -> kassa.issueCard().execute(customer, new IssueCard.Command(from, CardType.DEBIT)),
            cards);
    var cardId = issued.getFirst().subject();
    expect(issued, cardId, EventType.CARD_ISSUED);
    var card = ports.cards().byAccount(from).getFirst();
    var cardStatus = (Supplier<Object>) () -> ports.cards().find(card.id()).orElseThrow().status();
    expect(
        events(
            () ->
                kassa
                    .updateCardStatus()
                    .execute(customer, card.id(), new UpdateCardStatus.Command(CardStatus.FROZEN)),
            cardStatus),
        cardId,
        EventType.CARD_STATUS_CHANGED);
  }

  @Test
  void catalogChangesDeclareTheirEventsAndStockLowOncePerCrossing() {
    var id = product("MUG-1", 10);
    var subject = id.toString();
    var product = (Supplier<Object>) () -> ports.products().find(id).orElseThrow();

    expect(
        events(
            () ->
                kassa
                    .updateProduct()
                    .execute(admin, id, new UpdateProduct.Command(details("MUG-2"))),
            product),
        subject,
        EventType.PRODUCT_UPDATED);
    expect(
        events(
            () -> kassa.adjustStock().execute(admin, id, new AdjustStock.Command(-3, "broken")),
            product),
        subject,
        EventType.STOCK_ADJUSTED);
    expect(
        events(
            () -> kassa.adjustStock().execute(admin, id, new AdjustStock.Command(-2, "broken")),
            product),
        subject,
        EventType.STOCK_ADJUSTED,
        EventType.STOCK_LOW);
    var account = fundedAccount(customer, 100_000);
    var sale = events(() -> purchase(account, id, 1), () -> stock(id));
    assertThat(sale)
        .extracting(StoredEvent::type)
        .containsExactly(EventType.ORDER_PLACED, EventType.ORDER_PAID);
    expect(
        events(
            () -> kassa.adjustStock().execute(admin, id, new AdjustStock.Command(10, "delivery")),
            product),
        subject,
        EventType.STOCK_ADJUSTED);
    var crossing = events(() -> purchase(account, id, 9), () -> stock(id));
    assertThat(crossing)
        .extracting(StoredEvent::type)
        .containsExactly(EventType.STOCK_LOW, EventType.ORDER_PLACED, EventType.ORDER_PAID);
    expect(
        events(() -> kassa.archiveProduct().execute(admin, id), product),
        subject,
        EventType.PRODUCT_ARCHIVED);
  }

  @Test
  void ordersDeclarePlacedPaidShippedDeliveredRefundedAndCancelled() {
    var account = fundedAccount(customer, 100_000);
    var product = product("LAMP-1", 50);
    var placed = events(() -> purchase(account, product, 2), () -> stock(product));
    var order = OrderId.of(placed.getFirst().subject());
    var status = (Supplier<Object>) () -> ports.orders().find(order).orElseThrow();

    expect(placed, order.toString(), EventType.ORDER_PLACED, EventType.ORDER_PAID);
    expect(
        events(
            () -> kassa.refundOrder().execute(admin, order, new RefundOrder.Command(500L)), status),
        order.toString(),
        EventType.REFUND_ISSUED);
    expect(
        events(() -> kassa.cancelOrder().execute(customer, order), status),
        order.toString(),
        EventType.REFUND_ISSUED,
        EventType.ORDER_CANCELLED);

    var shipped = purchase(account, product, 1);
    var other = (Supplier<Object>) () -> ports.orders().find(shipped).orElseThrow();
    expect(
        events(
            () ->
                kassa
                    .updateOrderStatus()
                    .execute(admin, shipped, new UpdateOrderStatus.Command(OrderStatus.SHIPPED)),
            other),
        shipped.toString(),
        EventType.ORDER_SHIPPED);
    expect(
        events(
            () ->
                kassa
                    .updateOrderStatus()
                    .execute(admin, shipped, new UpdateOrderStatus.Command(OrderStatus.DELIVERED)),
            other),
        shipped.toString(),
        EventType.ORDER_DELIVERED);
  }

  @Test
  void aFailedUseCaseDeclaresNothing() {
    var before = allEvents().size();
    var account = fundedAccount(customer, 100);
    var afterSetUp = allEvents().size();

    assertThatThrownBy(
            () ->
                kassa
                    .transferMoney()
                    .execute(
                        customer,
                        new TransferMoney.Command(account, account, Money.of(1, EUR), null)))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> purchase(account, product("X-1", 0), 1))
        .isInstanceOf(RuntimeException.class);

    assertThat(afterSetUp - before).isEqualTo(2);
    assertThat(allEvents().subList(afterSetUp, allEvents().size()))
        .extracting(StoredEvent::type)
        .containsExactly(EventType.PRODUCT_CREATED);
  }

  @AfterEach
  void noEventCarriesASecret() {
    for (var stored : allEvents()) {
      assertThat(flatten(stored.event().data()))
          .as("data of %s", stored.type())
          .noneMatch(
              text -> SECRET_WORDS.stream().anyMatch(text.toLowerCase(Locale.ROOT)::contains));
    }
  }

  private static List<String> flatten(Object value) {
    return switch (value) {
      case Map<?, ?> map ->
          map.entrySet().stream()
              .flatMap(
                  entry ->
                      Stream.concat(
                          Stream.of(entry.getKey().toString()), flatten(entry.getValue()).stream()))
              .toList();
      case List<?> list -> list.stream().flatMap(item -> flatten(item).stream()).toList();
      case null -> List.of();
      default -> List.of(value.toString());
    };
  }
}
