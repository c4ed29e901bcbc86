package dev.kassa.application.testdata;

import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.Profile;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Valid users for tests; each builder starts with a fresh, unique email. */
public final class UserBuilder {

  private String email = "user-" + UUID.randomUUID() + "@kassa.test";
  private Role role = Role.CUSTOMER;
  private UserStatus status = UserStatus.ACTIVE;
  private Profile profile =
      new Profile("Ada", "Lovelace", LocalDate.of(1990, 12, 10), "+44 20 7946 0000", "1 Kassa St");
  private String passwordHash = "$2a$10$testtesttesttesttesttuOQ3mUe5q0bN0vM0dRrzGCFt0Y0E6X2e";
  private Instant createdAt = TestTime.now();

  private UserBuilder() {}

  public static UserBuilder aUser() {
    return new UserBuilder();
  }

  /** A unique email that is not lower-case, to exercise case-insensitive handling. */
  public static String freshMixedCaseEmail() {
    return "Mixed.Case-" + UUID.randomUUID() + "@Kassa.TEST";
  }

  public UserBuilder withEmail(String email) {
    this.email = email;
    return this;
  }

  public UserBuilder withRole(Role role) {
    this.role = role;
    return this;
  }

  public UserBuilder withStatus(UserStatus status) {
    this.status = status;
    return this;
  }

  public UserBuilder withProfile(Profile profile) {
    this.profile = profile;
    return this;
  }

  public UserBuilder withPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
    return this;
  }

  public UserBuilder createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public User build() {
    return User.register(new Email(email), passwordHash, role, profile, createdAt)
        .withStatus(status);
  }
}
