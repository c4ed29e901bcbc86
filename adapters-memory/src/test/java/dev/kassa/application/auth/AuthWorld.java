package dev.kassa.application.auth;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.application.fakes.FakeAccessTokens;
import dev.kassa.application.fakes.FakePasswordHasher;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.application.fakes.RecordingMailer;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** The auth use cases wired to in-memory adapters and fast fakes, on a clock tests can move. */
public final class AuthWorld {

  public static final String PASSWORD = "correct horse battery";

  private final MutableClock clock = MutableClock.at("2025-03-01T09:00:00Z");
  private final InMemoryPorts ports = InMemoryPorts.create(clock);
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final FakeAccessTokens accessTokens = new FakeAccessTokens();
  private final RecordingMailer mailer = new RecordingMailer();
  private final CallerChecks callerChecks = new CallerChecks(ports.transactions());
  private final AuthSettings settings;

  public AuthWorld() {
    this(AuthSettings.defaults());
  }

  public AuthWorld(AuthSettings settings) {
    this.settings = settings;
  }

  public MutableClock clock() {
    return clock;
  }

  public InMemoryPorts ports() {
    return ports;
  }

  /** The unit of work that checks a deferred caller first, shared by {@link #authenticate()}. */
  public CallerChecks callerChecks() {
    return callerChecks;
  }

  public FakeAccessTokens accessTokens() {
    return accessTokens;
  }

  public FakePasswordHasher hasher() {
    return hasher;
  }

  public RecordingMailer mailer() {
    return mailer;
  }

  public ChangePassword changePassword() {
    return new ChangePassword(
        ports.transactions(), ports.users(), ports.sessions(), hasher, ports.auditLog(), clock);
  }

  /** Mails on the calling thread, right after the commit, so tests read them at once. */
  public RequestPasswordReset requestPasswordReset() {
    return new RequestPasswordReset(
        ports.transactions(),
        ports.users(),
        ports.passwordResetTokens(),
        mailer,
        Runnable::run,
        ports.auditLog(),
        PasswordResetSettings.defaults(),
        clock);
  }

  public ResetPassword resetPassword() {
    return new ResetPassword(
        ports.transactions(),
        ports.users(),
        ports.sessions(),
        ports.passwordResetTokens(),
        hasher,
        ports.auditLog(),
        clock);
  }

  public RegisterUser registerUser() {
    return new RegisterUser(
        ports.transactions(),
        ports.users(),
        ports.sessions(),
        accessTokens,
        hasher,
        ports.auditLog(),
        ports.outbox(),
        clock,
        settings);
  }

  public LogIn logIn() {
    return new LogIn(
        ports.transactions(),
        ports.users(),
        ports.sessions(),
        accessTokens,
        hasher,
        ports.auditLog(),
        clock,
        settings);
  }

  public RefreshSession refreshSession() {
    return new RefreshSession(
        ports.transactions(),
        ports.users(),
        ports.sessions(),
        accessTokens,
        ports.auditLog(),
        clock,
        settings);
  }

  public LogOut logOut() {
    return new LogOut(ports.transactions(), ports.sessions(), ports.auditLog(), clock);
  }

  public Authenticate authenticate() {
    return new Authenticate(callerChecks, accessTokens, ports.tokenHolders(), clock);
  }

  public GetCurrentUser getCurrentUser() {
    return new GetCurrentUser(ports.transactions(), ports.users());
  }

  public UpdateProfile updateProfile() {
    return new UpdateProfile(ports.transactions(), ports.users(), ports.auditLog(), clock);
  }

  public EnsureAdmin ensureAdmin() {
    return new EnsureAdmin(ports.transactions(), ports.users(), hasher, ports.auditLog(), clock);
  }

  /** Registers a customer named after the email, with {@link #PASSWORD}. */
  public AuthResult register(String email) {
    return registerUser()
        .execute(
            new RegisterUser.Command(
                email, PASSWORD, "Ann", "Lee", LocalDate.of(1990, 5, 17), "+49 30 1234567", null));
  }

  public Actor customer(String email) {
    return new Actor(register(email).user().id(), Role.CUSTOMER);
  }

  public Actor admin(String email) {
    var admin = ensureAdmin().execute(new EnsureAdmin.Command(email, PASSWORD)).admin();
    return new Actor(admin.id(), admin.role());
  }

  public User user(Actor actor) {
    return ports.users().find(actor.id()).orElseThrow();
  }

  /** Every audit event recorded so far, newest first. */
  public List<AuditEvent> audit() {
    return ports.auditLog().page(PageRequest.first(PageRequest.MAX_LIMIT)).items();
  }

  public List<AuditEvent> audit(String type) {
    return audit().stream().filter(event -> event.type().equals(type)).toList();
  }

  /** The stored form of a refresh token, computed independently of the code under test. */
  public static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
