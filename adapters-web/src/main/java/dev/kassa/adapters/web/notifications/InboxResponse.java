package dev.kassa.adapters.web.notifications;

import dev.kassa.application.notifications.Inbox;
import java.util.List;

/** A page of the caller's notifications plus how many of all of them are unread. */
public record InboxResponse(
    List<NotificationResponse> data, int limit, int offset, long total, long unreadCount) {

  public InboxResponse {
    data = List.copyOf(data);
  }

  public static InboxResponse from(Inbox inbox) {
    var page = inbox.page().map(NotificationResponse::from);
    return new InboxResponse(
        page.items(), page.limit(), page.offset(), page.total(), inbox.unreadCount());
  }
}
