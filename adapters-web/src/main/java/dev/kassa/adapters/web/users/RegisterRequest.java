package dev.kassa.adapters.web.users;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.MultiLine;
import dev.kassa.application.auth.RegisterUser;
import java.time.LocalDate;

/**
 * The body of {@code POST /v1/auth/register}. No field is marked required here: the command checks
 * every field, missing ones included, and reports all their problems in one answer.
 */
public record RegisterRequest(
    String email,
    String password,
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String phone,
    @MultiLine String address) {

  public RegisterUser.Command toCommand(Fields fields) {
    return new RegisterUser.Command(
        email, password, firstName, lastName, dateOfBirth, phone, address);
  }

  @Override
  public String toString() {
    return "RegisterRequest[email=" + email + ", password=***]";
  }
}
