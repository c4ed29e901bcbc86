package dev.kassa.adapters.memory;

import dev.kassa.domain.notification.Notification;
import dev.kassa.domain.notification.NotificationId;
import dev.kassa.domain.notification.Notifications;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The in-app inboxes in memory; a key of event and user keeps one notification per pair. */
public final class InMemoryNotifications implements Notifications {

  private static final Comparator<Notification> NEWEST_FIRST =
      Comparator.comparing(Notification::createdAt)
          .thenComparing(notification -> notification.id().value())
          .reversed();

  private final InMemoryTransactions transactions;
  private final Table<NotificationId, Notification> notifications;
  private final Table<String, NotificationId> byEventAndUser;

  public InMemoryNotifications(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.notifications = new Table<>(transactions);
    this.byEventAndUser = new Table<>(transactions);
  }

  @Override
  public boolean add(Notification notification) {
    return transactions.inTransaction(
        () -> {
          var key = notification.eventId() + "/" + notification.userId();
          if (!byEventAndUser.insert(key, notification.id())) {
            return false;
          }
          notifications.put(notification.id(), notification);
          return true;
        });
  }

  @Override
  public Optional<Notification> find(NotificationId id) {
    return notifications.find(id);
  }

  @Override
  public Page<Notification> page(UserId userId, boolean unreadOnly, PageRequest request) {
    var all =
        of(userId)
            .filter(notification -> !unreadOnly || notification.isUnread())
            .sorted(NEWEST_FIRST)
            .toList();
    return Page.slice(all, request);
  }

  @Override
  public long unreadCount(UserId userId) {
    return of(userId).filter(Notification::isUnread).count();
  }

  @Override
  public void markRead(NotificationId id, Instant at) {
    transactions.run(
        () -> notifications.find(id).ifPresent(found -> notifications.put(id, found.read(at))));
  }

  @Override
  public int markAllRead(UserId userId, Instant at) {
    return transactions.inTransaction(
        () -> {
          var unread = of(userId).filter(Notification::isUnread).toList();
          unread.forEach(
              notification -> notifications.put(notification.id(), notification.read(at)));
          return unread.size();
        });
  }

  private Stream<Notification> of(UserId userId) {
    return notifications.rows().filter(notification -> notification.userId().equals(userId));
  }
}
