package dev.kassa.application.notifications;

import dev.kassa.domain.notification.Notifications;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;

/** The caller's own in-app notifications, newest first; admins see only their own too. */
public final class ListNotifications {

  private final Notifications notifications;

  public ListNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  public Inbox execute(Actor actor, boolean unreadOnly, PageRequest page) {
    return new Inbox(
        notifications.page(actor.id(), unreadOnly, page), notifications.unreadCount(actor.id()));
  }
}
