package dev.kassa.adapters.memory;

import dev.kassa.domain.user.PasswordResetToken;
import dev.kassa.domain.user.PasswordResetTokens;
import java.time.Instant;
import java.util.Optional;

/** Password-reset tokens in memory, by their hash. */
public final class InMemoryPasswordResetTokens implements PasswordResetTokens {

  private final InMemoryTransactions transactions;
  private final Table<String, PasswordResetToken> tokens;

  public InMemoryPasswordResetTokens(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.tokens = new Table<>(transactions);
  }

  @Override
  public void add(PasswordResetToken token) {
    if (!tokens.insert(token.tokenHash(), token)) {
      throw new IllegalArgumentException("this password-reset token exists already");
    }
  }

  @Override
  public Optional<PasswordResetToken> find(String tokenHash) {
    return tokens.find(tokenHash);
  }

  @Override
  public boolean spend(String tokenHash, Instant at) {
    return transactions.inTransaction(
        () -> {
          var unspent = tokens.find(tokenHash).filter(token -> token.spentAt() == null);
          unspent.ifPresent(
              token ->
                  tokens.put(
                      tokenHash,
                      new PasswordResetToken(
                          token.tokenHash(),
                          token.userId(),
                          token.createdAt(),
                          token.expiresAt(),
                          at)));
          return unspent.isPresent();
        });
  }
}
