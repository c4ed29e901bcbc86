package dev.kassa.application.notifications;

import dev.kassa.domain.notification.Notification;
import dev.kassa.domain.shared.Page;

/** A page of a user's in-app notifications, with how many of all of them are unread. */
public record Inbox(Page<Notification> page, long unreadCount) {}
