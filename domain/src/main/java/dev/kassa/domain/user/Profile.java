package dev.kassa.domain.user;

import dev.kassa.domain.error.ValidationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** What an account holder tells about themselves. Optional fields are null when not given. */
public record Profile(
    String firstName, String lastName, LocalDate dateOfBirth, String phone, String address) {

  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{3,32}$");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  public Profile {
    firstName = strip(firstName);
    lastName = strip(lastName);
    phone = blankToNull(strip(phone));
    address = blankToNull(strip(address));
    new ValidationException.Collector()
        .check(firstName != null && !firstName.isEmpty(), "firstName", "is required")
        .check(firstName == null || firstName.length() <= 100, "firstName", "is too long")
        .check(lastName != null && !lastName.isEmpty(), "lastName", "is required")
        .check(lastName == null || lastName.length() <= 100, "lastName", "is too long")
        .check(phone == null || PHONE.matcher(phone).matches(), "phone", "is not a phone number")
        .check(address == null || address.length() <= 500, "address", "is too long")
        .check(
            dateOfBirth == null
                || (!dateOfBirth.isBefore(EARLIEST_BIRTH)
                    && !dateOfBirth.isAfter(LocalDate.now(ZoneId.systemDefault()))),
            "dateOfBirth",
            "is not a plausible date of birth")
        .throwIfAny();
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  public Profile withChanges(String firstName, String lastName, String phone, String address) {
    return new Profile(
        firstName != null ? firstName : this.firstName,
        lastName != null ? lastName : this.lastName,
        dateOfBirth,
        phone != null ? phone : this.phone,
        address != null ? address : this.address);
  }
}
