package dev.kassa.adapters.web.users;

import dev.kassa.domain.user.User;
import java.time.Instant;
import java.time.LocalDate;

/** A user, or the account holder of the same person, as the API shows it: never its password. */
public record UserResponse(
    String id,
    String email,
    String role,
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String phone,
    String address,
    Instant createdAt) {

  public static UserResponse from(User user) {
    var profile = user.profile();
    return new UserResponse(
        user.id().toString(),
        user.email().value(),
        user.role().code(),
        profile.firstName(),
        profile.lastName(),
        profile.dateOfBirth(),
        profile.phone(),
        profile.address(),
        user.createdAt());
  }
}
