package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.MultiLine;
import dev.kassa.application.auth.UpdateProfile;

/** The body of {@code PATCH /v1/auth/me}: the fields to change; absent ones stay as they are. */
public record UpdateProfileRequest(
    String firstName,
    String lastName,
    String phone,
    @MultiLine String address,
    NotificationsRequest notifications) {

  /** {@code notifications}: either channel, or both, turned on or off. */
  public record NotificationsRequest(Boolean email, Boolean sms) {}

  public UpdateProfile.Command toCommand(Fields fields) {
    var channels = notifications == null ? new NotificationsRequest(null, null) : notifications;
    return new UpdateProfile.Command(
        firstName, lastName, phone, address, channels.email(), channels.sms());
  }
}
