package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.RefreshTokensRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.SessionsRecord;
import dev.kassa.domain.auth.RefreshToken;
import dev.kassa.domain.auth.Session;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.user.UserId;

final class SessionMapper {

  private SessionMapper() {}

  static Session toDomain(SessionsRecord row) {
    return new Session(
        new SessionId(row.getId()),
        new UserId(row.getUserId()),
        row.getCreatedAt(),
        row.getRevokedAt());
  }

  static SessionsRecord toRecord(Session session) {
    return Rows.of(Tables.SESSIONS)
        .setId(session.id().value())
        .setUserId(session.userId().value())
        .setCreatedAt(session.createdAt())
        .setRevokedAt(session.revokedAt());
  }

  static RefreshToken toDomain(RefreshTokensRecord row) {
    return new RefreshToken(
        row.getTokenHash(),
        new SessionId(row.getSessionId()),
        new UserId(row.getUserId()),
        row.getIssuedAt(),
        row.getExpiresAt(),
        row.getSpentAt());
  }

  static RefreshTokensRecord toRecord(RefreshToken token) {
    return Rows.of(Tables.REFRESH_TOKENS)
        .setTokenHash(token.tokenHash())
        .setSessionId(token.sessionId().value())
        .setUserId(token.userId().value())
        .setIssuedAt(token.issuedAt())
        .setExpiresAt(token.expiresAt())
        .setSpentAt(token.spentAt());
  }
}
