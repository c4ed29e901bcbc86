package dev.kassa.adapters.web.support;

import dev.kassa.adapters.web.auth.Authenticator;
import dev.kassa.adapters.web.auth.Principal;
import dev.kassa.domain.error.TokenExpiredException;
import dev.kassa.domain.error.UnauthenticatedException;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.UserId;
import java.util.Map;

/** Knows three tokens: a customer's, an admin's, and an expired one. */
public final class FakeAuthenticator implements Authenticator {

  public static final String CUSTOMER_TOKEN = "customer.token.1";
  public static final String OTHER_CUSTOMER_TOKEN = "customer.token.2";
  public static final String ADMIN_TOKEN = "admin.token.1";
  public static final String EXPIRED_TOKEN = "expired.token.1";
  public static final UserId CUSTOMER = UserId.of("0190a000-0000-7000-8000-000000000001");
  public static final UserId OTHER_CUSTOMER = UserId.of("0190a000-0000-7000-8000-000000000002");
  public static final UserId ADMIN = UserId.of("0190a000-0000-7000-8000-0000000000ad");

  private final Map<String, Principal> principals =
      Map.of(
          CUSTOMER_TOKEN, new Principal(new Actor(CUSTOMER, Role.CUSTOMER), "claims-of-customer"),
          OTHER_CUSTOMER_TOKEN, new Principal(new Actor(OTHER_CUSTOMER, Role.CUSTOMER), null),
          ADMIN_TOKEN, new Principal(new Actor(ADMIN, Role.ADMIN), "claims-of-admin"));

  @Override
  public Principal authenticate(String bearerToken) {
    if (EXPIRED_TOKEN.equals(bearerToken)) {
      throw new TokenExpiredException();
    }
    var principal = principals.get(bearerToken);
    if (principal == null) {
      throw new UnauthenticatedException("The token is not valid.");
    }
    return principal;
  }
}
