package dev.kassa.domain.notification;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The in-app inboxes: at most one notification per event and user. */
public interface Notifications {

  /**
   * Stores {@code notification} unless its user has one for that event already (a redelivered
   * event), including one added concurrently.
   *
   * @return whether it was stored
   */
  boolean add(Notification notification);

  /**
   * Stores each of {@code notifications} as {@link #add} does, together (one write where the store
   * can): those whose user has one for their event already are left out.
   */
  default void addAll(List<Notification> notifications) {
    notifications.forEach(this::add);
  }

  Optional<Notification> find(NotificationId id);

  /** The user's notifications, newest first; only the unread ones when {@code unreadOnly}. */
  Page<Notification> page(UserId userId, boolean unreadOnly, PageRequest request);

  long unreadCount(UserId userId);

  /** Marks that notification read at {@code at} unless it was read already. */
  void markRead(NotificationId id, Instant at);

  /** Marks every unread notification of the user read at {@code at}; returns how many. */
  int markAllRead(UserId userId, Instant at);
}
