package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.NOTIFICATIONS;

import dev.kassa.adapters.persistence.jooq.tables.records.NotificationsRecord;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.notification.Notification;
import dev.kassa.domain.notification.NotificationId;
import dev.kassa.domain.notification.Notifications;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;

/**
 * The in-app inboxes in PostgreSQL. The unique key on event and user makes a second add of the same
 * pair, concurrent or not, a no-op ({@code on conflict do nothing}).
 */
public final class JooqNotifications implements Notifications {

  /** Every customer notice's row, written by the inbox's worker: rendered once. */
  private static final RenderedInsert<NotificationsRecord> ADD =
      new RenderedInsert<>(
          NOTIFICATIONS,
          List.of(
              NOTIFICATIONS.ID,
              NOTIFICATIONS.USER_ID,
              NOTIFICATIONS.TYPE,
              NOTIFICATIONS.TITLE,
              NOTIFICATIONS.BODY,
              NOTIFICATIONS.EVENT_ID,
              NOTIFICATIONS.READ_AT,
              NOTIFICATIONS.CREATED_AT),
          insert -> insert.onConflict(NOTIFICATIONS.EVENT_ID, NOTIFICATIONS.USER_ID).doNothing());

  private final JooqDatabase database;

  public JooqNotifications(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public boolean add(Notification notification) {
    return ADD.execute(database.dsl(), List.of(row(notification))) == 1;
  }

  /** One multi-row insert (in chunks of a power of two rows) that skips the conflicting rows. */
  @Override
  public void addAll(List<Notification> notifications) {
    ADD.executeAll(database.dsl(), notifications.stream().map(JooqNotifications::row).toList());
  }

  private static NotificationsRecord row(Notification notification) {
    return Rows.of(NOTIFICATIONS)
        .setId(notification.id().value())
        .setUserId(notification.userId().value())
        .setType(notification.type())
        .setTitle(notification.title())
        .setBody(notification.body())
        .setEventId(notification.eventId().value())
        .setReadAt(notification.readAt())
        .setCreatedAt(notification.createdAt());
  }

  @Override
  public Optional<Notification> find(NotificationId id) {
    return database
        .dsl()
        .selectFrom(NOTIFICATIONS)
        .where(NOTIFICATIONS.ID.eq(id.value()))
        .fetchOptional(JooqNotifications::toDomain);
  }

  @Override
  public Page<Notification> page(UserId userId, boolean unreadOnly, PageRequest request) {
    var where =
        NOTIFICATIONS
            .USER_ID
            .eq(userId.value())
            .and(unreadOnly ? NOTIFICATIONS.READ_AT.isNull() : DSL.noCondition());
    return Pages.fetch(
        database.dsl(),
        NOTIFICATIONS,
        where,
        List.of(NOTIFICATIONS.CREATED_AT.desc(), NOTIFICATIONS.ID.desc()),
        request,
        JooqNotifications::toDomain);
  }

  @Override
  public long unreadCount(UserId userId) {
    return database
        .dsl()
        .fetchCount(
            NOTIFICATIONS,
            NOTIFICATIONS.USER_ID.eq(userId.value()).and(NOTIFICATIONS.READ_AT.isNull()));
  }

  @Override
  public void markRead(NotificationId id, Instant at) {
    database
        .dsl()
        .update(NOTIFICATIONS)
        .set(NOTIFICATIONS.READ_AT, at)
        .where(NOTIFICATIONS.ID.eq(id.value()))
        .and(NOTIFICATIONS.READ_AT.isNull())
        .execute();
  }

  @Override
  public int markAllRead(UserId userId, Instant at) {
    return database
        .dsl()
        .update(NOTIFICATIONS)
        .set(NOTIFICATIONS.READ_AT, at)
        .where(NOTIFICATIONS.USER_ID.eq(userId.value()))
        .and(NOTIFICATIONS.READ_AT.isNull())
        .execute();
  }

  private static Notification toDomain(NotificationsRecord row) {
    return new Notification(
        new NotificationId(row.getId()),
        new UserId(row.getUserId()),
        row.getType(),
        row.getTitle(),
        row.getBody(),
        new EventId(row.getEventId()),
        row.getReadAt(),
        row.getCreatedAt());
  }
}
