package dev.kassa.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A person who can log in, with the profile that makes them an account holder. */
public record User(
    UserId id, Email email, String passwordHash, Role role, Profile profile, Instant createdAt) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public static User register(
      Email email, String passwordHash, Role role, Profile profile, Instant now) {
    return new User(UserId.newId(), email, passwordHash, role, profile, now);
  }

  public User withProfile(Profile changed) {
    return new User(id, email, passwordHash, role, changed, createdAt);
  }

  public User withRole(Role changed) {
    return new User(id, email, passwordHash, changed, profile, createdAt);
  }

  public User withPasswordHash(String changed) {
    return new User(id, email, changed, role, profile, createdAt);
  }

  @Override
  public String toString() {
    return "User[id=" + id + ", role=" + role + "]";
  }
}
