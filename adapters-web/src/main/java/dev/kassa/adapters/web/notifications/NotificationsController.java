package dev.kassa.adapters.web.notifications;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.notifications.ListNotifications;
import dev.kassa.application.notifications.ReadAllNotifications;
import dev.kassa.application.notifications.ReadNotification;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.notification.NotificationId;
import java.util.Objects;

/** The caller's in-app inbox under {@code /v1/notifications}: list, read one, read all. */
public final class NotificationsController implements Controller {

  private final ListNotifications listNotifications;
  private final ReadNotification readNotification;
  private final ReadAllNotifications readAllNotifications;

  public NotificationsController(
      ListNotifications listNotifications,
      ReadNotification readNotification,
      ReadAllNotifications readAllNotifications) {
    this.listNotifications = Objects.requireNonNull(listNotifications, "listNotifications");
    this.readNotification = Objects.requireNonNull(readNotification, "readNotification");
    this.readAllNotifications =
        Objects.requireNonNull(readAllNotifications, "readAllNotifications");
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get("/v1/notifications", RouteAccess.USER, this::list)
        .post("/v1/notifications/read-all", RouteAccess.USER, this::readAll)
        .post("/v1/notifications/{id}/read", RouteAccess.USER, this::read);
  }

  private void list(Call call) {
    var unreadOnly = call.query("unread", NotificationsController::flag).orElse(false);
    call.ok(InboxResponse.from(listNotifications.execute(call.actor(), unreadOnly, call.page())));
  }

  private void read(Call call) {
    var id = call.pathId("id", "notification", NotificationId::of);
    call.ok(NotificationResponse.from(readNotification.execute(call.actor(), id)));
  }

  private void readAll(Call call) {
    readAllNotifications.execute(call.actor());
    call.noContent();
  }

  private static boolean flag(String raw) {
    return switch (raw) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ValidationException.of("unread", "must be true or false");
    };
  }
}
