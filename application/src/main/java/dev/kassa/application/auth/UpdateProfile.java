package dev.kassa.application.auth;

import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.audit.AuditLog;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.Users;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;

/** Changes parts of the caller's own profile. */
public final class UpdateProfile {

  /**
   * The fields to change; null leaves a field as it is. At least one is required. Names may not be
   * blank; a blank phone or address clears it. {@code emailNotifications} and {@code
   * smsNotifications} turn those channels on or off.
   */
  public record Command(
      String firstName,
      String lastName,
      String phone,
      String address,
      Boolean emailNotifications,
      Boolean smsNotifications) {

    public Command {
      new ValidationException.Collector()
          .check(
              firstName != null
                  || lastName != null
                  || phone != null
                  || address != null
                  || emailNotifications != null
                  || smsNotifications != null,
              "profile",
              "needs at least one of firstName, lastName, phone, address, notifications")
          .check(firstName == null || !firstName.isBlank(), "firstName", "must not be blank")
          .check(lastName == null || !lastName.isBlank(), "lastName", "must not be blank")
          .throwIfAny();
    }

    String changedFields() {
      var fields = new ArrayList<String>();
      if (firstName != null) {
        fields.add("firstName");
      }
      if (lastName != null) {
        fields.add("lastName");
      }
      if (phone != null) {
        fields.add("phone");
      }
      if (address != null) {
        fields.add("address");
      }
      if (emailNotifications != null || smsNotifications != null) {
        fields.add("notifications");
      }
      return String.join(",", fields);
    }
  }

  private final Transactions transactions;
  private final Users users;
  private final AuditLog auditLog;
  private final Clock clock;

  public UpdateProfile(Transactions transactions, Users users, AuditLog auditLog, Clock clock) {
    this.transactions = transactions;
    this.users = users;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Changes the caller's profile.
   *
   * @throws ValidationException when the changed profile breaks a rule (phone shape, lengths)
   */
  public User execute(Actor actor, Command command) {
    return transactions.inTransaction(
        () -> {
          var user =
              users.find(actor.id()).orElseThrow(() -> new NotFoundException("user", actor.id()));
          var profile =
              user.profile()
                  .withChanges(
                      command.firstName(), command.lastName(), command.phone(), command.address());
          var notifications =
              user.notifications()
                  .withChanges(command.emailNotifications(), command.smsNotifications());
          var updated = user.withProfile(profile).withNotifications(notifications);
          users.update(updated);
          var now = clock.instant();
          auditLog.record(
              AuditEvent.of(
                  AuditTypes.USER_PROFILE_UPDATED,
                  actor.id(),
                  "user",
                  user.id(),
                  Map.of("fields", command.changedFields()),
                  now));
          return updated;
        });
  }
}
