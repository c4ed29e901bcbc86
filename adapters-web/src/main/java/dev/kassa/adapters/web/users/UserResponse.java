package dev.kassa.adapters.web.users;

import dev.kassa.domain.user.User;
import java.time.Instant;
import java.time.LocalDate;

/** A user, or the account holder of the same person, as the API shows it: never its password. */
public record UserResponse(
    String id,
    String email,
    String role,
    String status,
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String phone,
    String address,
    Notifications notifications,
    Instant createdAt) {

  /** Which optional channels the user hears from. */
  public record Notifications(boolean email, boolean sms) {}

  public static UserResponse from(User user) {
    var profile = user.profile();
    return new UserResponse(
        user.id().toString(),
        user.email().value(),
        user.role().code(),
        user.status().code(),
        profile.firstName(),
        profile.lastName(),
        profile.dateOfBirth(),
        profile.phone(),
        profile.address(),
        new Notifications(user.notifications().email(), user.notifications().sms()),
        user.createdAt());
  }
}
