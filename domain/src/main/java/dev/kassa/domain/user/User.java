package dev.kassa.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A person who can log in, with the profile that makes them an account holder. */
public record User(
    UserId id,
    Email email,
    String passwordHash,
    Role role,
    UserStatus status,
    Profile profile,
    NotificationSettings notifications,
    Instant createdAt) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(notifications, "notifications");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A new active user with the default notification settings. */
  public static User register(
      Email email, String passwordHash, Role role, Profile profile, Instant now) {
    return new User(
        UserId.newId(),
        email,
        passwordHash,
        role,
        UserStatus.ACTIVE,
        profile,
        NotificationSettings.defaults(),
        now);
  }

  public boolean isActive() {
    return status == UserStatus.ACTIVE;
  }

  /** Whether this user counts towards the active admins, of whom there must always be one. */
  public boolean isActiveAdmin() {
    return role == Role.ADMIN && isActive();
  }

  public User withProfile(Profile changed) {
    return new User(id, email, passwordHash, role, status, changed, notifications, createdAt);
  }

  public User withRole(Role changed) {
    return new User(id, email, passwordHash, changed, status, profile, notifications, createdAt);
  }

  public User withStatus(UserStatus changed) {
    return new User(id, email, passwordHash, role, changed, profile, notifications, createdAt);
  }

  public User withNotifications(NotificationSettings changed) {
    return new User(id, email, passwordHash, role, status, profile, changed, createdAt);
  }

  public User withPasswordHash(String changed) {
    return new User(id, email, changed, role, status, profile, notifications, createdAt);
  }

  @Override
  public String toString() {
    return "User[id=" + id + ", role=" + role + ", status=" + status + "]";
  }
}
