package dev.kassa.bootstrap.config;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.Password;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The administrator created at start-up when absent ({@code KASSA_ADMIN_EMAIL/_PASSWORD}). */
public record AdminAccount(Email email, Password password) {

  public AdminAccount {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
  }

  static Optional<AdminAccount> read(Variables variables) {
    var email = variables.get("KASSA_ADMIN_EMAIL");
    var password = variables.get("KASSA_ADMIN_PASSWORD");
    if (email.isEmpty() && password.isEmpty()) {
      return Optional.empty();
    }
    if (email.isEmpty() || password.isEmpty()) {
      variables.problem(
          email.isEmpty() ? "KASSA_ADMIN_EMAIL" : "KASSA_ADMIN_PASSWORD",
          "must be set together with "
              + (email.isEmpty() ? "KASSA_ADMIN_PASSWORD" : "KASSA_ADMIN_EMAIL")
              + " (set both or neither)");
      return Optional.empty();
    }
    var validEmail = valid("KASSA_ADMIN_EMAIL", variables, () -> new Email(email.get()));
    var validPassword =
        valid("KASSA_ADMIN_PASSWORD", variables, () -> new Password(password.get()));
    if (validEmail.isEmpty() || validPassword.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AdminAccount(validEmail.get(), validPassword.get()));
  }

  private static <T> Optional<T> valid(String name, Variables variables, Supplier<T> parse) {
    try {
      return Optional.of(parse.get());
    } catch (ValidationException invalid) {
      invalid.problems().values().forEach(problem -> variables.problem(name, problem));
      return Optional.empty();
    }
  }
}
