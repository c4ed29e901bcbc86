package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.MultiLine;
import dev.kassa.application.auth.UpdateProfile;

/** The body of {@code PATCH /v1/auth/me}: the fields to change; absent ones stay as they are. */
public record UpdateProfileRequest(
    String firstName, String lastName, String phone, @MultiLine String address) {

  public UpdateProfile.Command toCommand(Fields fields) {
    return new UpdateProfile.Command(firstName, lastName, phone, address);
  }
}
