package dev.kassa.application.notifications;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.user.Users;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which customer hears about an event, and what they are told: money arriving in their
 * account (a deposit; a transfer, told to its receiver only, not when it moves between one person's
 * own accounts), their order paid, shipped, cancelled or refunded, their card issued or frozen. The
 * recipient is looked up now, so the notice carries their current settings.
 */
public final class CustomerNotices {

  /** The event types that may make a notice; which of them do depends on their data. */
  public static final Set<EventType> TYPES =
      Set.of(
          EventType.TRANSACTION_POSTED,
          EventType.TRANSFER_COMPLETED,
          EventType.ORDER_PAID,
          EventType.ORDER_SHIPPED,
          EventType.ORDER_CANCELLED,
          EventType.REFUND_ISSUED,
          EventType.CARD_ISSUED,
          EventType.CARD_STATUS_CHANGED);

  private final Users users;
  private final Accounts accounts;
  private final Orders orders;

  public CustomerNotices(Users users, Accounts accounts, Orders orders) {
    this.users = users;
    this.accounts = accounts;
    this.orders = orders;
  }

  /** The notice of {@code stored}, if it concerns a customer who still exists. */
  public Optional<Notice> of(StoredEvent stored) {
    var data = new EventValues(stored.event().data());
    var amount =
        data.has("amount") ? Amounts.display(data.number("amount"), data.text("currency")) : "";
    var notice = new NoticeText(stored.id(), amount, data);
    return switch (stored.type()) {
      case TRANSACTION_POSTED ->
          "deposit".equals(data.text("type"))
              ? ownerOf(data.text("accountId"))
                  .flatMap(owner -> notice.deposit(owner, accountName(data.text("accountId"))))
              : Optional.empty();
      case TRANSFER_COMPLETED -> transferReceived(notice, data);
      case ORDER_PAID, ORDER_SHIPPED, ORDER_CANCELLED ->
          user(UserId.of(data.text("userId"))).map(buyer -> notice.order(buyer, stored.type()));
      case REFUND_ISSUED ->
          orders
              .find(OrderId.of(data.text("orderId")))
              .flatMap(order -> user(order.userId()))
              .map(notice::refund);
      case CARD_ISSUED -> user(UserId.of(data.text("ownerId"))).map(notice::cardIssued);
      case CARD_STATUS_CHANGED ->
          "frozen".equals(data.text("status"))
              ? user(UserId.of(data.text("ownerId"))).map(notice::cardFrozen)
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  /**
   * The receiver's notice of a transfer from another customer: both accounts read together, and
   * only the receiver's user.
   */
  private Optional<Notice> transferReceived(NoticeText notice, EventValues data) {
    var from = AccountId.of(data.text("fromAccountId"));
    var to = AccountId.of(data.text("toAccountId"));
    var read = accounts.findAll(List.of(from, to));
    var destination = Optional.ofNullable(read.get(to));
    var receiverId = destination.map(account -> account.ownerId());
    var senderId = Optional.ofNullable(read.get(from)).map(account -> account.ownerId());
    if (receiverId.isEmpty() || senderId.equals(receiverId)) {
      return Optional.empty();
    }
    return user(receiverId.get())
        .map(receiver -> notice.transfer(receiver, destination.get().name()));
  }

  private Optional<dev.kassa.domain.user.User> ownerOf(String accountId) {
    return accounts
        .find(AccountId.of(accountId))
        .flatMap(account -> Optional.ofNullable(account.ownerId()))
        .flatMap(this::user);
  }

  private String accountName(String accountId) {
    return accounts.find(AccountId.of(accountId)).map(account -> account.name()).orElse("");
  }

  private Optional<dev.kassa.domain.user.User> user(UserId id) {
    return users.find(id);
  }

  /** Reads the JSON values of an event's data. */
  record EventValues(Map<String, Object> data) {

    boolean has(String key) {
      return data.get(key) != null;
    }

    String text(String key) {
      var value = data.get(key);
      return value == null ? null : value.toString();
    }

    long number(String key) {
      return ((Number) data.get(key)).longValue();
    }

    Map<String, String> texts(String... keys) {
      var values = new LinkedHashMap<String, String>();
      for (var key : keys) {
        if (has(key)) {
          values.put(key, text(key));
        }
      }
      return values;
    }
  }
}
