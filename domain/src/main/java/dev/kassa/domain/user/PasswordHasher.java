package dev.kassa.domain.user;

/** One-way, salted, deliberately slow hashing of passwords. */
public interface PasswordHasher {

  String hash(Password password);

  /** Compares in time that does not depend on where the inputs differ. */
  boolean matches(Password password, String hash);
}
