package dev.kassa.application.notifications;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.user.Users;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Decides which customer hears about an event, and what they are told: money arriving in their
 * account (a deposit; a transfer, told to its receiver only, not when it moves between one person's
 * own accounts), their order paid, shipped, cancelled or refunded, their card issued or frozen. The
 * recipient is looked up now, so the notice carries their current settings. For a batch of events,
 * the accounts and users their notices concern can be {@linkplain #readAhead read ahead} together.
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
  private final Map<AccountId, Account> accountsRead;
  private final Map<UserId, User> usersRead;

  public CustomerNotices(Users users, Accounts accounts, Orders orders) {
    this(users, accounts, orders, Map.of(), Map.of());
  }

  private CustomerNotices(
      Users users,
      Accounts accounts,
      Orders orders,
      Map<AccountId, Account> accountsRead,
      Map<UserId, User> usersRead) {
    this.users = users;
    this.accounts = accounts;
    this.orders = orders;
    this.accountsRead = accountsRead;
    this.usersRead = usersRead;
  }

  /**
   * These notices for {@code events}, with the accounts of their deposits and transfers, the owners
   * of those accounts and the customers of their orders and cards read now, one read each for all
   * of them: the notices of those events then read nothing more (any other reads what it needs).
   */
  public CustomerNotices readAhead(List<StoredEvent> events) {
    var accountIds = events.stream().flatMap(CustomerNotices::accountsOf).distinct().toList();
    var accountsFound =
        accountIds.isEmpty() ? Map.<AccountId, Account>of() : accounts.findAll(accountIds);
    var userIds =
        Stream.concat(
                accountsFound.values().stream().map(Account::ownerId).filter(Objects::nonNull),
                events.stream().flatMap(CustomerNotices::usersOf))
            .distinct()
            .toList();
    var usersFound = userIds.isEmpty() ? Map.<UserId, User>of() : users.findAll(userIds);
    return new CustomerNotices(users, accounts, orders, accountsFound, usersFound);
  }

  /** The accounts whose owners and names the notice of {@code stored} may need. */
  private static Stream<AccountId> accountsOf(StoredEvent stored) {
    var data = new EventValues(stored.event().data());
    return switch (stored.type()) {
      case TRANSACTION_POSTED ->
          "deposit".equals(data.text("type"))
              ? ids(data, "accountId").map(AccountId::new)
              : Stream.empty();
      case TRANSFER_COMPLETED -> ids(data, "fromAccountId", "toAccountId").map(AccountId::new);
      default -> Stream.empty();
    };
  }

  /** The users the notice of {@code stored} may be for, named in its data. */
  private static Stream<UserId> usersOf(StoredEvent stored) {
    var data = new EventValues(stored.event().data());
    return switch (stored.type()) {
      case ORDER_PAID, ORDER_SHIPPED, ORDER_CANCELLED -> ids(data, "userId").map(UserId::new);
      case CARD_ISSUED, CARD_STATUS_CHANGED -> ids(data, "ownerId").map(UserId::new);
      default -> Stream.empty();
    };
  }

  /** The ids under {@code keys} that are UUIDs: one that is not fails its own notice, no other. */
  private static Stream<UUID> ids(EventValues data, String... keys) {
    return Stream.of(keys)
        .filter(data::has)
        .map(data::text)
        .flatMap(
            text -> {
              try {
                return Stream.of(UUID.fromString(text));
              } catch (IllegalArgumentException notAnId) {
                return Stream.empty();
              }
            });
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
    var read = accounts(List.of(from, to));
    var destination = Optional.ofNullable(read.get(to));
    var receiverId = destination.map(account -> account.ownerId());
    var senderId = Optional.ofNullable(read.get(from)).map(account -> account.ownerId());
    if (receiverId.isEmpty() || senderId.equals(receiverId)) {
      return Optional.empty();
    }
    return user(receiverId.get())
        .map(receiver -> notice.transfer(receiver, destination.get().name()));
  }

  private Optional<User> ownerOf(String accountId) {
    return account(AccountId.of(accountId))
        .flatMap(account -> Optional.ofNullable(account.ownerId()))
        .flatMap(this::user);
  }

  private String accountName(String accountId) {
    return account(AccountId.of(accountId)).map(account -> account.name()).orElse("");
  }

  private Optional<Account> account(AccountId id) {
    var read = accountsRead.get(id);
    return read != null ? Optional.of(read) : accounts.find(id);
  }

  /** The accounts among {@code ids} that exist: as read ahead when all were, else read now. */
  private Map<AccountId, Account> accounts(List<AccountId> ids) {
    if (!accountsRead.keySet().containsAll(ids)) {
      return accounts.findAll(ids);
    }
    var found = new HashMap<AccountId, Account>();
    ids.forEach(id -> found.put(id, accountsRead.get(id)));
    return found;
  }

  private Optional<User> user(UserId id) {
    var read = usersRead.get(id);
    return read != null ? Optional.of(read) : users.find(id);
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
