package dev.kassa.domain.user;

/**
 * Which optional channels a user wants to hear from: mail (on by default) and SMS (off by default).
 * Account-security mail, such as a password reset, is sent whatever these say.
 */
public record NotificationSettings(boolean email, boolean sms) {

  public static NotificationSettings defaults() {
    return new NotificationSettings(true, false);
  }

  /** These settings with the given channels changed; a null leaves that channel as it is. */
  public NotificationSettings withChanges(Boolean email, Boolean sms) {
    return new NotificationSettings(
        email != null ? email : this.email, sms != null ? sms : this.sms);
  }
}
