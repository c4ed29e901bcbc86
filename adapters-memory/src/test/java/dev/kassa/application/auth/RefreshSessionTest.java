package dev.kassa.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.auth.SessionId;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.error.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RefreshSessionTest {

  private final AuthWorld world = new AuthWorld();

  private AuthResult refresh(String refreshToken) {
    return world.refreshSession().execute(new RefreshSession.Command(refreshToken));
  }

  private void assertRefused(String refreshToken) {
    assertThatThrownBy(() -> refresh(refreshToken)).isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void rotatesToANewPairInTheSameSession() {
    var login = world.register("ann@example.com");
    world.clock().advance(Duration.ofMinutes(20));

    var refreshed = refresh(login.refreshToken());

    assertThat(refreshed.user().id()).isEqualTo(login.user().id());
    assertThat(refreshed.refreshToken()).isNotEqualTo(login.refreshToken());
    var claims = world.authenticate().execute(refreshed.accessToken().token()).claims();
    assertThat(claims.sessionId()).isEqualTo(sessionOf(login));
    var spent =
        world.ports().sessions().findRefreshToken(AuthWorld.sha256Hex(login.refreshToken()));
    assertThat(spent.orElseThrow().spentAt()).isEqualTo(world.clock().instant());
  }

  @Test
  void theNewRefreshTokenCanBeSpentInTurn() {
    var login = world.register("ann@example.com");

    var second = refresh(login.refreshToken());
    var third = refresh(second.refreshToken());

    assertThat(third.refreshToken()).isNotIn(login.refreshToken(), second.refreshToken());
  }

  @Test
  void reusingASpentTokenRevokesTheWholeFamily() {
    var login = world.register("ann@example.com");
    var rotated = refresh(login.refreshToken());

    assertThatThrownBy(() -> refresh(login.refreshToken()))
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("reused");

    assertRefused(rotated.refreshToken());
    for (var accessToken :
        new String[] {login.accessToken().token(), rotated.accessToken().token()}) {
      assertThatThrownBy(() -> world.authenticate().execute(accessToken))
          .isInstanceOf(UnauthenticatedException.class)
          .hasMessage("Token has been revoked.");
    }
    var reuses = world.audit(AuditTypes.REFRESH_TOKEN_REUSED);
    assertThat(reuses).hasSize(1);
    assertThat(reuses.getFirst().subjectId()).isEqualTo(sessionOf(login).toString());
    assertThat(reuses.getFirst().actorId()).isEqualTo(login.user().id());
  }

  @Test
  void reuseLeavesTheUsersOtherSessionsAlone() {
    var first = world.register("ann@example.com");
    var second =
        world.logIn().execute(new LogIn.Command("ann@example.com", AuthWorld.PASSWORD, null));
    refresh(first.refreshToken());

    assertRefused(first.refreshToken());

    assertThat(refresh(second.refreshToken()).user().id()).isEqualTo(first.user().id());
  }

  @Test
  void exactlyOneOfManyConcurrentRefreshesWithOneTokenSucceeds() throws Exception {
    var token = world.register("ann@example.com").refreshToken();
    var refreshSession = world.refreshSession();
    var threads = 8;
    var start = new CountDownLatch(1);
    var outcomes = new ArrayList<Future<AuthResult>>();
    try (var pool = Executors.newFixedThreadPool(threads)) {
      for (var i = 0; i < threads; i++) {
        Callable<AuthResult> attempt =
            () -> {
              start.await();
              return refreshSession.execute(new RefreshSession.Command(token));
            };
        outcomes.add(pool.submit(attempt));
      }
      start.countDown();
      var successes = 0;
      for (var outcome : outcomes) {
        try {
          outcome.get();
          successes++;
        } catch (ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(UnauthenticatedException.class);
        }
      }
      assertThat(successes).isEqualTo(1);
    }
  }

  @Test
  void refusesAnUnknownToken() {
    world.register("ann@example.com");

    assertRefused("bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtbm90LWF0LWFsbA");
    assertThat(world.audit(AuditTypes.REFRESH_TOKEN_REUSED)).isEmpty();
  }

  @Test
  void refusesAnExpiredToken() {
    var login = world.register("ann@example.com");
    world.clock().advance(AuthSettings.DEFAULT_REFRESH_TOKEN_TTL);

    assertRefused(login.refreshToken());
  }

  @Test
  void honoursAConfiguredLifetime() {
    var shortLived = new AuthWorld(new AuthSettings(Duration.ofHours(1)));
    var login = shortLived.register("ann@example.com");
    shortLived.clock().advance(Duration.ofMinutes(59));
    var refreshed =
        shortLived.refreshSession().execute(new RefreshSession.Command(login.refreshToken()));
    shortLived.clock().advance(Duration.ofHours(1));

    assertThatThrownBy(
            () ->
                shortLived
                    .refreshSession()
                    .execute(new RefreshSession.Command(refreshed.refreshToken())))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void refusesATokenOfALoggedOutSession() {
    var login = world.register("ann@example.com");
    var claims = world.authenticate().execute(login.accessToken().token()).claims();
    world.logOut().execute(claims);

    assertRefused(login.refreshToken());
    assertThat(world.audit(AuditTypes.REFRESH_TOKEN_REUSED)).isEmpty();
  }

  @Test
  void requiresAToken() {
    assertThatThrownBy(() -> new RefreshSession.Command(" "))
        .isInstanceOf(ValidationException.class);
    assertThat(new RefreshSession.Command("secret-token").toString())
        .doesNotContain("secret-token");
  }

  private SessionId sessionOf(AuthResult result) {
    return world
        .ports()
        .sessions()
        .findRefreshToken(AuthWorld.sha256Hex(result.refreshToken()))
        .orElseThrow()
        .sessionId();
  }
}
