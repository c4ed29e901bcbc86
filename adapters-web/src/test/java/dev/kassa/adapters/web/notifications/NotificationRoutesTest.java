package dev.kassa.adapters.web.notifications;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.adapters.web.users.CheckedApi;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.notification.Notification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-app inbox over HTTP: only one's own, newest first, unread counts, reading. */
class NotificationRoutesTest {

  private final CheckedApi api = CheckedApi.start();
  private AuthResult ann;
  private AuthResult bob;

  @BeforeEach
  void users() {
    ann = api.customer();
    bob = api.customer();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private Notification notify(AuthResult user, String title) {
    var notification =
        Notification.unread(
            user.user().id(),
            "transfer.received",
            title,
            "You received EUR 10.50.",
            EventId.newId(),
            api.live().clock().instant());
    api.live().kassa().storage().notifications().add(notification);
    api.live().clock().advance(Duration.ofSeconds(1));
    return notification;
  }

  private JsonNode list(AuthResult user, String query) {
    var response = api.get("/v1/notifications" + query, CheckedApi.bearer(user));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestApi.json(response);
  }

  private static List<String> titles(JsonNode page) {
    var titles = new ArrayList<String>();
    page.get("data").forEach(item -> titles.add(item.get("title").asText()));
    return titles;
  }

  @Test
  void eachUserListsOnlyTheirOwnNotificationsNewestFirstWithTheUnreadCount() {
    var first = notify(ann, "first");
    notify(ann, "second");
    notify(bob, "bob's");

    var page = list(ann, "");

    assertThat(titles(page)).containsExactly("second", "first");
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("unreadCount").asLong()).isEqualTo(2);
    var oldest = page.get("data").get(1);
    assertThat(oldest.get("id").asText()).isEqualTo(first.id().toString());
    assertThat(oldest.get("type").asText()).isEqualTo("transfer.received");
    assertThat(oldest.get("eventId").asText()).isEqualTo(first.eventId().toString());
    assertThat(oldest.get("readAt").isNull()).isTrue();
    assertThat(titles(list(bob, ""))).containsExactly("bob's");
  }

  @Test
  void readingOneMarksItReadForItsOwnerOnlyAndAnotherUsersIsNotFound() {
    var first = notify(ann, "first");
    notify(ann, "second");

    assertError(
        api.postEmpty("/v1/notifications/" + first.id() + "/read", CheckedApi.bearer(bob)),
        404,
        "not_found");
    var read = api.postEmpty("/v1/notifications/" + first.id() + "/read", CheckedApi.bearer(ann));

    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(TestApi.json(read).get("readAt").isNull()).isFalse();
    var unread = list(ann, "?unread=true");
    assertThat(titles(unread)).containsExactly("second");
    assertThat(unread.get("unreadCount").asLong()).isEqualTo(1);
    assertThat(list(ann, "").get("total").asLong()).isEqualTo(2);
  }

  @Test
  void readAllEmptiesTheCallersUnreadListAndNoOneElses() {
    notify(ann, "first");
    notify(ann, "second");
    notify(bob, "bob's");

    var response = api.postEmpty("/v1/notifications/read-all", CheckedApi.bearer(ann));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(list(ann, "?unread=true").get("unreadCount").asLong()).isZero();
    assertThat(list(bob, "?unread=true").get("unreadCount").asLong()).isEqualTo(1);
  }

  @Test
  void theInboxNeedsATokenAndAValidFilter() {
    assertError(api.get("/v1/notifications"), 401, "unauthenticated");
    assertError(
        api.get("/v1/notifications?unread=maybe", CheckedApi.bearer(ann)),
        400,
        "validation_failed");
  }
}
