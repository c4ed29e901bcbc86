package dev.kassa.application.fakes;

import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.PasswordResetMailer;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Keeps every password-reset mail it is asked to send, for tests to read. */
public final class RecordingMailer implements PasswordResetMailer {

  /** One mail: its recipient and the link it carries. */
  public record Sent(Email to, String link) {

    /** The token the link carries. */
    public String token() {
      return link.substring(link.indexOf("token=") + "token=".length());
    }
  }

  private final LinkedBlockingQueue<Sent> sent = new LinkedBlockingQueue<>();

  @Override
  public void sendPasswordReset(Email to, String link) {
    sent.add(new Sent(to, link));
  }

  /** The next mail, waiting up to five seconds for it (mail goes out on another thread). */
  public Sent next() {
    try {
      var mail = sent.poll(5, TimeUnit.SECONDS);
      if (mail == null) {
        throw new AssertionError("no password-reset mail was sent");
      }
      return mail;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The mails sent and not taken yet. */
  public List<Sent> pending() {
    return List.copyOf(sent);
  }
}
