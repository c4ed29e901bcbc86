package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.UsersRecord;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.NotificationSettings;
import dev.kassa.domain.user.Profile;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import dev.kassa.domain.user.UserId;
import dev.kassa.domain.user.UserStatus;

final class UserMapper {

  private UserMapper() {}

  static User toDomain(UsersRecord row) {
    return new User(
        new UserId(row.getId()),
        new Email(row.getEmail()),
        row.getPasswordHash(),
        Role.parse(row.getRole()),
        UserStatus.parse(row.getStatus()),
        new Profile(
            row.getFirstName(),
            row.getLastName(),
            row.getDateOfBirth(),
            row.getPhone(),
            row.getAddress()),
        new NotificationSettings(row.getNotifyEmail(), row.getNotifySms()),
        row.getCreatedAt());
  }

  static UsersRecord toRecord(User user) {
    var profile = user.profile();
    return Rows.of(Tables.USERS)
        .setId(user.id().value())
        .setEmail(user.email().value())
        .setPasswordHash(user.passwordHash())
        .setRole(user.role().code())
        .setStatus(user.status().code())
        .setNotifyEmail(user.notifications().email())
        .setNotifySms(user.notifications().sms())
        .setFirstName(profile.firstName())
        .setLastName(profile.lastName())
        .setDateOfBirth(profile.dateOfBirth())
        .setPhone(profile.phone())
        .setAddress(profile.address())
        .setCreatedAt(user.createdAt());
  }
}
