package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.PASSWORD_RESET_TOKENS;

import dev.kassa.domain.user.PasswordResetToken;
import dev.kassa.domain.user.PasswordResetTokens;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Password-reset tokens in PostgreSQL. Spending one is a guarded update, so exactly one of any
 * number of concurrent callers wins.
 */
public final class JooqPasswordResetTokens implements PasswordResetTokens {

  private final JooqDatabase database;

  public JooqPasswordResetTokens(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public void add(PasswordResetToken token) {
    database
        .dsl()
        .insertInto(PASSWORD_RESET_TOKENS)
        .set(
            Rows.of(PASSWORD_RESET_TOKENS)
                .setTokenHash(token.tokenHash())
                .setUserId(token.userId().value())
                .setCreatedAt(token.createdAt())
                .setExpiresAt(token.expiresAt())
                .setSpentAt(token.spentAt()))
        .execute();
  }

  @Override
  public Optional<PasswordResetToken> find(String tokenHash) {
    return database
        .dsl()
        .selectFrom(PASSWORD_RESET_TOKENS)
        .where(PASSWORD_RESET_TOKENS.TOKEN_HASH.eq(tokenHash))
        .fetchOptional(
            row ->
                new PasswordResetToken(
                    row.getTokenHash(),
                    new UserId(row.getUserId()),
                    row.getCreatedAt(),
                    row.getExpiresAt(),
                    row.getSpentAt()));
  }

  @Override
  public boolean spend(String tokenHash, Instant at) {
    return database
            .dsl()
            .update(PASSWORD_RESET_TOKENS)
            .set(PASSWORD_RESET_TOKENS.SPENT_AT, at)
            .where(PASSWORD_RESET_TOKENS.TOKEN_HASH.eq(tokenHash))
            .and(PASSWORD_RESET_TOKENS.SPENT_AT.isNull())
            .execute()
        == 1;
  }
}
