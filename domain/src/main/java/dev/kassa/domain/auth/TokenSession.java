package dev.kassa.domain.auth;

/**
 * The session an access token belongs to, with whether that one token was revoked (by logout) on
 * its own. The token is live while both are not revoked.
 */
public record TokenSession(Session session, boolean tokenRevoked) {

  public boolean live() {
    return !session.isRevoked() && !tokenRevoked;
  }
}
