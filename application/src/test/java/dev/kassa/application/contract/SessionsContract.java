package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.auth.RefreshToken;
import dev.kassa.domain.auth.Session;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.user.UserStatus;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.auth.Sessions} adapter must do. */
public abstract class SessionsContract extends PortContract {

  @Test
  void startedSessionIsFound() {
    var session = Session.start(newOwner(), TestTime.now());

    inTx(() -> world.sessions().start(session));

    assertThat(world.sessions().find(session.id())).contains(session);
    assertThat(world.sessions().find(SessionId.newId())).isEmpty();
  }

  @Test
  void revokingASessionIsIdempotentAndKeepsTheFirstTime() {
    var session = Session.start(newOwner(), TestTime.now());
    inTx(() -> world.sessions().start(session));
    var first = session.createdAt().plusSeconds(60);

    inTx(() -> world.sessions().revoke(session.id(), first));
    inTx(() -> world.sessions().revoke(session.id(), first.plusSeconds(60)));

    var revoked = world.sessions().find(session.id()).orElseThrow();
    assertThat(revoked.isRevoked()).isTrue();
    assertThat(revoked.revokedAt()).isEqualTo(first);
  }

  @Test
  void revokingAllOfAUsersSessionsKeepsTheOneAskedForAndLeavesOthersUsersAlone() {
    var owner = newOwner();
    var kept = Session.start(owner, TestTime.now());
    var other = Session.start(owner, TestTime.now());
    var strangers = Session.start(newOwner(), TestTime.now());
    inTx(
        () -> {
          world.sessions().start(kept);
          world.sessions().start(other);
          world.sessions().start(strangers);
        });
    var at = TestTime.now().plusSeconds(5);

    inTx(() -> world.sessions().revokeAllOf(owner, kept.id(), at));

    assertThat(world.sessions().find(kept.id()).orElseThrow().isRevoked()).isFalse();
    assertThat(world.sessions().find(other.id()).orElseThrow().revokedAt()).isEqualTo(at);
    assertThat(world.sessions().find(strangers.id()).orElseThrow().isRevoked()).isFalse();

    inTx(() -> world.sessions().revokeAllOf(owner, null, at.plusSeconds(1)));

    assertThat(world.sessions().find(kept.id()).orElseThrow().revokedAt())
        .isEqualTo(at.plusSeconds(1));
    assertThat(world.sessions().find(other.id()).orElseThrow().revokedAt()).isEqualTo(at);
  }

  @Test
  void refreshTokenIsStoredAndSpentOnlyOnce() {
    var token = refreshToken(newSession());
    inTx(() -> world.sessions().addRefreshToken(token));
    var spentAt = token.issuedAt().plusSeconds(30);

    assertThat(world.sessions().findRefreshToken(token.tokenHash())).contains(token);
    assertThat(inTx(() -> world.sessions().spendRefreshToken(token.tokenHash(), spentAt))).isTrue();
    assertThat(inTx(() -> world.sessions().spendRefreshToken(token.tokenHash(), spentAt)))
        .isFalse();
    assertThat(world.sessions().findRefreshToken(token.tokenHash()))
        .map(RefreshToken::spentAt)
        .contains(spentAt);
  }

  @Test
  void unknownRefreshTokenCannotBeSpent() {
    var hash = "unknown-" + UUID.randomUUID();

    assertThat(inTx(() -> world.sessions().spendRefreshToken(hash, TestTime.now()))).isFalse();
    assertThat(world.sessions().findRefreshToken(hash)).isEmpty();
  }

  @Test
  void concurrentSpendsOfOneRefreshTokenLetExactlyOneCallerWin() {
    var token = refreshToken(newSession());
    inTx(() -> world.sessions().addRefreshToken(token));

    var outcomes =
        Race.run(
            8,
            runner ->
                inTx(() -> world.sessions().spendRefreshToken(token.tokenHash(), TestTime.now())));

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().filter(Race.Outcome::value)).hasSize(1);
  }

  @Test
  void revokedAccessTokenIsReportedRevoked() {
    var jti = UUID.randomUUID().toString();
    var other = UUID.randomUUID().toString();

    inTx(
        () -> world.sessions().revokeAccessToken(jti, TestTime.now().plus(Duration.ofMinutes(15))));

    assertThat(world.sessions().isAccessTokenRevoked(jti)).isTrue();
    assertThat(world.sessions().isAccessTokenRevoked(other)).isFalse();
  }

  @Test
  void aSessionIsFoundForAnAccessTokenWithWhetherThatTokenWasRevoked() {
    var session = newSession();
    var revokedJti = revokedAccessToken();
    var liveJti = UUID.randomUUID().toString();

    var live = world.sessions().findForAccessToken(session.id(), liveJti).orElseThrow();
    var revoked = world.sessions().findForAccessToken(session.id(), revokedJti).orElseThrow();
    inTx(() -> world.sessions().revoke(session.id(), TestTime.now()));
    var ended = world.sessions().findForAccessToken(session.id(), liveJti).orElseThrow();

    assertThat(live.session()).isEqualTo(session);
    assertThat(live.tokenRevoked()).isFalse();
    assertThat(live.live()).isTrue();
    assertThat(revoked.tokenRevoked()).isTrue();
    assertThat(revoked.live()).isFalse();
    assertThat(ended.session().isRevoked()).isTrue();
    assertThat(ended.live()).isFalse();
    assertThat(world.sessions().findForAccessToken(SessionId.newId(), liveJti)).isEmpty();
  }

  @Test
  void theHolderOfATokenIsItsSessionWithTheSessionsUserAsStoredNow() {
    var session = newSession();
    var revokedJti = revokedAccessToken();
    var liveJti = UUID.randomUUID().toString();
    var user = world.users().find(session.userId()).orElseThrow();

    var live = world.tokenHolders().find(session.id(), liveJti).orElseThrow();
    var revoked = world.tokenHolders().find(session.id(), revokedJti).orElseThrow();
    inTx(() -> world.users().update(user.withStatus(UserStatus.DISABLED)));
    var disabled = world.tokenHolders().find(session.id(), liveJti).orElseThrow();

    assertThat(live.tokenSession().session()).isEqualTo(session);
    assertThat(live.tokenSession().live()).isTrue();
    assertThat(live.user()).contains(user);
    assertThat(revoked.tokenSession().tokenRevoked()).isTrue();
    assertThat(revoked.user()).contains(user);
    assertThat(disabled.user()).map(User::isActive).contains(false);
    assertThat(world.tokenHolders().find(SessionId.newId(), liveJti)).isEmpty();
  }

  /** The jti of an access token revoked on its own (by logout), until 15 minutes from now. */
  private String revokedAccessToken() {
    var jti = UUID.randomUUID().toString();
    inTx(
        () -> world.sessions().revokeAccessToken(jti, TestTime.now().plus(Duration.ofMinutes(15))));
    return jti;
  }

  private Session newSession() {
    var session = Session.start(newOwner(), TestTime.now());
    inTx(() -> world.sessions().start(session));
    return session;
  }

  private static RefreshToken refreshToken(Session session) {
    UserId user = session.userId();
    var issuedAt = session.createdAt();
    return new RefreshToken(
        "hash-" + UUID.randomUUID(),
        session.id(),
        user,
        issuedAt,
        issuedAt.plus(Duration.ofDays(14)),
        null);
  }
}
