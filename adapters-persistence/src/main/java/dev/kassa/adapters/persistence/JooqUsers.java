package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.USERS;

import dev.kassa.adapters.persistence.jooq.tables.records.UsersRecord;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserFilter;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.user.UserStatus;
import dev.kassa.domain.user.Users;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Users in PostgreSQL; the unique index on the lower-cased email decides every race. */
public final class JooqUsers implements Users {

  /** Every authenticated request reads its caller. */
  private static final RenderedSelect<UsersRecord> BY_ID =
      RenderedSelect.of(
          USERS, count -> DSL.selectFrom(USERS).where(USERS.ID.eq(DSL.val((UUID) null, USERS.ID))));

  private static final RenderedSelect<UsersRecord> BY_IDS = RenderedSelect.byKeys(USERS, USERS.ID);

  private static final String EMAIL_KEY = "users_email_key";

  private final JooqDatabase database;

  public JooqUsers(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public void add(User user) {
    var inserted =
        database
            .dsl()
            .insertInto(USERS)
            .set(UserMapper.toRecord(user))
            .onConflict(USERS.EMAIL)
            .doNothing()
            .execute();
    if (inserted == 0) {
      throw ConflictException.emailTaken();
    }
  }

  @Override
  public void update(User user) {
    var row = UserMapper.toRecord(user);
    try {
      var updated =
          database
              .dsl()
              .update(USERS)
              .set(USERS.EMAIL, row.getEmail())
              .set(USERS.PASSWORD_HASH, row.getPasswordHash())
              .set(USERS.ROLE, row.getRole())
              .set(USERS.STATUS, row.getStatus())
              .set(USERS.NOTIFY_EMAIL, row.getNotifyEmail())
              .set(USERS.NOTIFY_SMS, row.getNotifySms())
              .set(USERS.FIRST_NAME, row.getFirstName())
              .set(USERS.LAST_NAME, row.getLastName())
              .set(USERS.DATE_OF_BIRTH, row.getDateOfBirth())
              .set(USERS.PHONE, row.getPhone())
              .set(USERS.ADDRESS, row.getAddress())
              .where(USERS.ID.eq(row.getId()))
              .execute();
      if (updated == 0) {
        throw new NotFoundException("user", user.id());
      }
    } catch (DataAccessException e) {
      if (SqlErrors.isUniqueViolation(e, EMAIL_KEY)) {
        throw ConflictException.emailTaken();
      }
      throw e;
    }
  }

  @Override
  public Optional<User> find(UserId id) {
    return BY_ID.fetch(database.dsl(), List.of(id.value())).stream()
        .findFirst()
        .map(UserMapper::toDomain);
  }

  @Override
  public Map<UserId, User> findAll(Collection<UserId> ids) {
    return BY_IDS.fetch(database.dsl(), ids.stream().map(UserId::value).toList()).stream()
        .map(UserMapper::toDomain)
        .collect(Collectors.toMap(User::id, user -> user));
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return database
        .dsl()
        .selectFrom(USERS)
        .where(USERS.EMAIL.eq(email.value()))
        .fetchOptional(UserMapper::toDomain);
  }

  @Override
  public Page<User> page(PageRequest request) {
    return Pages.fetch(
        database.dsl(),
        USERS,
        DSL.noCondition(),
        List.of(USERS.CREATED_AT, USERS.SEQ),
        request,
        UserMapper::toDomain);
  }

  @Override
  public Page<User> search(UserFilter filter, PageRequest request) {
    return Pages.fetch(
        database.dsl(),
        USERS,
        condition(filter),
        List.of(USERS.CREATED_AT, USERS.SEQ),
        request,
        UserMapper::toDomain);
  }

  @Override
  public List<UserId> lockActiveAdmins() {
    return database
        .dsl()
        .select(USERS.ID)
        .from(USERS)
        .where(USERS.ROLE.eq(DSL.inline(Role.ADMIN.code())))
        .and(USERS.STATUS.eq(DSL.inline(UserStatus.ACTIVE.code())))
        .orderBy(USERS.ID)
        .forUpdate()
        .fetch(row -> new UserId(row.value1()));
  }

  private static Condition condition(UserFilter filter) {
    var where = DSL.noCondition();
    if (filter.role() != null) {
      where = where.and(USERS.ROLE.eq(filter.role().code()));
    }
    if (filter.status() != null) {
      where = where.and(USERS.STATUS.eq(filter.status().code()));
    }
    if (filter.text() != null) {
      var text = filter.text();
      where =
          where.and(
              USERS
                  .EMAIL
                  .containsIgnoreCase(text)
                  .or(USERS.FIRST_NAME.containsIgnoreCase(text))
                  .or(USERS.LAST_NAME.containsIgnoreCase(text)));
    }
    return where;
  }
}
