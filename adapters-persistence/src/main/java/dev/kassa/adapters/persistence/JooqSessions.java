package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.REFRESH_TOKENS;
import static dev.kassa.adapters.persistence.jooq.Tables.REVOKED_ACCESS_TOKENS;
import static dev.kassa.adapters.persistence.jooq.Tables.SESSIONS;
import static dev.kassa.adapters.persistence.jooq.Tables.USERS;

import dev.kassa.domain.auth.AccessTokenKey;
import dev.kassa.domain.auth.RefreshToken;
import dev.kassa.domain.auth.Session;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.auth.Sessions;
import dev.kassa.domain.auth.TokenHolder;
import dev.kassa.domain.auth.TokenSession;
import dev.kassa.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Sessions and tokens in PostgreSQL. Spending a refresh token is one guarded update, so exactly one
 * of any number of concurrent callers (in any number of processes) wins.
 */
public final class JooqSessions implements Sessions {

  private static final Field<Boolean> TOKEN_REVOKED =
      DSL.field(
          DSL.exists(
              DSL.selectOne()
                  .from(REVOKED_ACCESS_TOKENS)
                  .where(
                      REVOKED_ACCESS_TOKENS.JTI.eq(
                          DSL.val((String) null, REVOKED_ACCESS_TOKENS.JTI)))));

  private static final Field<?>[] HOLDER =
      Stream.of(Stream.of(SESSIONS.fields()), Stream.of(TOKEN_REVOKED), Stream.of(USERS.fields()))
          .flatMap(fields -> fields)
          .toArray(Field<?>[]::new);

  /**
   * The session by id, with whether one of its tokens was revoked, joined to the session's user:
   * binds the jti, then the id.
   */
  private static final RenderedSelect<TokenHolder> HOLDER_FOR_ACCESS_TOKEN =
      new RenderedSelect<>(
          HOLDER,
          row -> holder(row, TOKEN_REVOKED),
          count ->
              DSL.select(HOLDER)
                  .from(SESSIONS)
                  .leftJoin(USERS)
                  .on(USERS.ID.eq(SESSIONS.USER_ID))
                  .where(SESSIONS.ID.eq(DSL.val((UUID) null, SESSIONS.ID))));

  /** The jti of each token looked up by {@link #HOLDERS_FOR_ACCESS_TOKENS}. */
  private static final Field<String> KEY_JTI = DSL.field(DSL.name("key", "jti"), String.class);

  private static final Field<Boolean> KEY_REVOKED =
      DSL.field(
          DSL.exists(
              DSL.selectOne()
                  .from(REVOKED_ACCESS_TOKENS)
                  .where(REVOKED_ACCESS_TOKENS.JTI.eq(KEY_JTI))));

  private static final Field<?>[] KEYED_HOLDER =
      Stream.of(
              Stream.of(KEY_JTI),
              Stream.of(SESSIONS.fields()),
              Stream.of(KEY_REVOKED),
              Stream.of(USERS.fields()))
          .flatMap(fields -> fields)
          .toArray(Field<?>[]::new);

  /** The holders of several tokens, those with a session: binds each token's session id and jti. */
  private static final RenderedSelect<Map.Entry<AccessTokenKey, TokenHolder>>
      HOLDERS_FOR_ACCESS_TOKENS =
          new RenderedSelect<>(
              KEYED_HOLDER,
              row ->
                  Map.entry(
                      new AccessTokenKey(new SessionId(row.get(SESSIONS.ID)), row.get(KEY_JTI)),
                      holder(row, KEY_REVOKED)),
              values -> {
                var keys =
                    RenderedStatement.values(
                        "key", values / 2, SESSIONS.ID, REVOKED_ACCESS_TOKENS.JTI);
                return DSL.select(KEYED_HOLDER)
                    .from(keys)
                    .join(SESSIONS)
                    .on(SESSIONS.ID.eq(keys.field("id", UUID.class)))
                    .leftJoin(USERS)
                    .on(USERS.ID.eq(SESSIONS.USER_ID));
              });

  private final JooqDatabase database;
  private final Clock clock;

  public JooqSessions(JooqDatabase database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public void start(Session session) {
    database.dsl().insertInto(SESSIONS).set(SessionMapper.toRecord(session)).execute();
  }

  @Override
  public Optional<Session> find(SessionId id) {
    return database
        .dsl()
        .selectFrom(SESSIONS)
        .where(SESSIONS.ID.eq(id.value()))
        .fetchOptional(SessionMapper::toDomain);
  }

  @Override
  public void revoke(SessionId id, Instant at) {
    database
        .dsl()
        .update(SESSIONS)
        .set(SESSIONS.REVOKED_AT, at)
        .where(SESSIONS.ID.eq(id.value()))
        .and(SESSIONS.REVOKED_AT.isNull())
        .execute();
  }

  @Override
  public void revokeAllOf(UserId user, SessionId keep, Instant at) {
    database
        .dsl()
        .update(SESSIONS)
        .set(SESSIONS.REVOKED_AT, at)
        .where(SESSIONS.USER_ID.eq(user.value()))
        .and(SESSIONS.REVOKED_AT.isNull())
        .and(keep == null ? DSL.noCondition() : SESSIONS.ID.ne(keep.value()))
        .execute();
  }

  @Override
  public void addRefreshToken(RefreshToken token) {
    database.dsl().insertInto(REFRESH_TOKENS).set(SessionMapper.toRecord(token)).execute();
  }

  @Override
  public Optional<RefreshToken> findRefreshToken(String tokenHash) {
    return database
        .dsl()
        .selectFrom(REFRESH_TOKENS)
        .where(REFRESH_TOKENS.TOKEN_HASH.eq(tokenHash))
        .fetchOptional(SessionMapper::toDomain);
  }

  @Override
  public boolean spendRefreshToken(String tokenHash, Instant at) {
    return database
            .dsl()
            .update(REFRESH_TOKENS)
            .set(REFRESH_TOKENS.SPENT_AT, at)
            .where(REFRESH_TOKENS.TOKEN_HASH.eq(tokenHash))
            .and(REFRESH_TOKENS.SPENT_AT.isNull())
            .execute()
        == 1;
  }

  /** Also forgets the revoked tokens that have expired since, which no check needs any more. */
  @Override
  public void revokeAccessToken(String jti, Instant expiresAt) {
    var dsl = database.dsl();
    dsl.deleteFrom(REVOKED_ACCESS_TOKENS)
        .where(REVOKED_ACCESS_TOKENS.EXPIRES_AT.lt(clock.instant()))
        .execute();
    dsl.insertInto(REVOKED_ACCESS_TOKENS)
        .set(REVOKED_ACCESS_TOKENS.JTI, jti)
        .set(REVOKED_ACCESS_TOKENS.EXPIRES_AT, expiresAt)
        .onConflict(REVOKED_ACCESS_TOKENS.JTI)
        .doNothing()
        .execute();
  }

  @Override
  public boolean isAccessTokenRevoked(String jti) {
    return database.dsl().fetchExists(REVOKED_ACCESS_TOKENS, REVOKED_ACCESS_TOKENS.JTI.eq(jti));
  }

  /** The token's holder without its user: one statement, as {@link #findHolder}. */
  @Override
  public Optional<TokenSession> findForAccessToken(SessionId id, String jti) {
    return findHolder(id, jti).map(TokenHolder::tokenSession);
  }

  /**
   * The {@link dev.kassa.domain.auth.TokenHolders} read in one statement: the session's row, an
   * {@code EXISTS} over the revoked tokens and the user's row. It reads none of what a grouped unit
   * of work holds back.
   */
  public Optional<TokenHolder> findHolder(SessionId id, String jti) {
    var writes = database.writeBehind();
    var readAhead = writes == null ? null : writes.holders().get(new AccessTokenKey(id, jti));
    if (readAhead != null) {
      return readAhead;
    }
    return WriteBehind.aside(
            WriteBehind.Access.READS,
            () -> HOLDER_FOR_ACCESS_TOKEN.fetch(database.dsl(), List.of(jti, id.value())))
        .stream()
        .findFirst();
  }

  /**
   * Inside a grouped unit of work, reads the holders of {@code keys} not read yet in one statement
   * and keeps them there for {@link #findHolder}; outside one, does nothing.
   */
  void readAheadHolders(Collection<AccessTokenKey> keys) {
    var writes = database.writeBehind();
    if (writes == null) {
      return;
    }
    var read = writes.holders();
    var unread = keys.stream().distinct().filter(key -> !read.containsKey(key)).toList();
    if (unread.isEmpty()) {
      return;
    }
    var values = new ArrayList<Object>(unread.size() * 2);
    for (var key : unread) {
      values.add(key.session().value());
      values.add(key.jti());
    }
    var found =
        WriteBehind.aside(
            WriteBehind.Access.READS,
            () -> HOLDERS_FOR_ACCESS_TOKENS.fetch(database.dsl(), values));
    unread.forEach(key -> read.put(key, Optional.empty()));
    found.forEach(entry -> read.put(entry.getKey(), Optional.of(entry.getValue())));
  }

  private static TokenHolder holder(Record row, Field<Boolean> revoked) {
    return new TokenHolder(
        new TokenSession(
            SessionMapper.toDomain(row.into(SESSIONS)), Boolean.TRUE.equals(row.get(revoked))),
        row.get(USERS.ID) == null
            ? Optional.empty()
            : Optional.of(UserMapper.toDomain(row.into(USERS))));
  }
}
