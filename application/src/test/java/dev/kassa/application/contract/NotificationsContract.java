package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.notification.Notification;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.notification.Notifications} adapter must do. */
public abstract class NotificationsContract extends PortContract {

  private Notification newNotification(UserId owner, EventId event, int secondsLater) {
    return Notification.unread(
        owner,
        "transfer.received",
        "Money received",
        "You received EUR 10.50.",
        event,
        TestTime.now().plusSeconds(secondsLater));
  }

  @Test
  void addedNotificationIsFoundUnread() {
    var notification = newNotification(newOwner(), EventId.newId(), 0);

    assertThat(inTx(() -> world.notifications().add(notification))).isTrue();

    assertThat(world.notifications().find(notification.id())).contains(notification);
    assertThat(world.notifications().unreadCount(notification.userId())).isEqualTo(1);
  }

  @Test
  void oneEventMakesOneNotificationPerUserHoweverOftenItIsAdded() {
    var owner = newOwner();
    var other = newOwner();
    var event = EventId.newId();

    var outcomes =
        Race.run(
            6, runner -> inTx(() -> world.notifications().add(newNotification(owner, event, 0))));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().filter(outcome -> outcome.value())).hasSize(1);
    assertThat(inTx(() -> world.notifications().add(newNotification(other, event, 0)))).isTrue();
    assertThat(world.notifications().unreadCount(owner)).isEqualTo(1);
  }

  @Test
  void addedTogetherEachIsStoredOnceAndThoseOfAnEventTheUserHasAlreadyAreLeftOut() {
    var owner = newOwner();
    var other = newOwner();
    var known = EventId.newId();
    var earlier = newNotification(owner, known, 0);
    inTx(() -> world.notifications().add(earlier));
    var fresh = newNotification(owner, EventId.newId(), 1);
    var forOther = newNotification(other, known, 2);

    inTx(
        () ->
            world
                .notifications()
                .addAll(List.of(newNotification(owner, known, 3), fresh, forOther, fresh)));

    assertThat(world.notifications().page(owner, false, PageRequest.defaults()).items())
        .containsExactly(fresh, earlier);
    assertThat(world.notifications().page(other, false, PageRequest.defaults()).items())
        .containsExactly(forOther);
    inTx(() -> world.notifications().addAll(List.of()));
  }

  @Test
  void pagesHoldOnlyTheUsersOwnNewestFirstAndFilterUnread() {
    var owner = newOwner();
    var older = newNotification(owner, EventId.newId(), 0);
    var newer = newNotification(owner, EventId.newId(), 5);
    inTx(() -> world.notifications().add(older));
    inTx(() -> world.notifications().add(newer));
    inTx(() -> world.notifications().add(newNotification(newOwner(), EventId.newId(), 9)));

    world.notifications().markRead(newer.id(), TestTime.now().plusSeconds(10));

    var all = world.notifications().page(owner, false, PageRequest.defaults());
    assertThat(all.items()).extracting(Notification::id).containsExactly(newer.id(), older.id());
    assertThat(all.total()).isEqualTo(2);
    var unread = world.notifications().page(owner, true, PageRequest.defaults());
    assertThat(unread.items()).extracting(Notification::id).containsExactly(older.id());
    assertThat(world.notifications().unreadCount(owner)).isEqualTo(1);
  }

  @Test
  void readingKeepsTheFirstReadTimeAndReadAllCountsWhatItChanged() {
    var owner = newOwner();
    var first = newNotification(owner, EventId.newId(), 0);
    var second = newNotification(owner, EventId.newId(), 1);
    inTx(() -> world.notifications().add(first));
    inTx(() -> world.notifications().add(second));
    var readAt = TestTime.now().plusSeconds(20);

    world.notifications().markRead(first.id(), readAt);
    world.notifications().markRead(first.id(), readAt.plusSeconds(5));

    assertThat(world.notifications().find(first.id()).orElseThrow().readAt()).isEqualTo(readAt);
    assertThat(world.notifications().markAllRead(owner, readAt.plusSeconds(9))).isEqualTo(1);
    assertThat(world.notifications().unreadCount(owner)).isZero();
  }
}
