package dev.kassa.adapters.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/** Sends one mail with a plain-text and an HTML part over SMTP (Angus Mail), with timeouts. */
final class SmtpMailer {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Session session;
  private final InternetAddress from;

  SmtpMailer(SmtpSettings settings) {
    this.session = Session.getInstance(properties(settings), authenticator(settings));
    try {
      this.from = new InternetAddress(settings.from(), true);
    } catch (MessagingException invalid) {
      throw new IllegalArgumentException("not a sender address: " + settings.from(), invalid);
    }
  }

  /**
   * Sends the mail, returning once the server took it.
   *
   * @throws MailNotSentException when it did not
   */
  void send(String to, String subject, RenderedMail body) {
    try {
      var message = new MimeMessage(session);
      message.setFrom(from);
      message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(Instant.now()));
      var text = new MimeBodyPart();
      text.setText(body.text(), StandardCharsets.UTF_8.name(), "plain");
      var html = new MimeBodyPart();
      html.setText(body.html(), StandardCharsets.UTF_8.name(), "html");
      message.setContent(new MimeMultipart("alternative", text, html));
      Transport.send(message);
    } catch (MessagingException failed) {
      throw new MailNotSentException(failed);
    }
  }

  private static Properties properties(SmtpSettings settings) {
    var protocol = settings.implicitTls() ? "smtps" : "smtp";
    var props = new Properties();
    props.put("mail.transport.protocol", protocol);
    props.put("mail." + protocol + ".host", settings.host());
    props.put("mail." + protocol + ".port", String.valueOf(settings.port()));
    props.put("mail." + protocol + ".auth", String.valueOf(settings.username().isPresent()));
    props.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
    props.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT.toMillis()));
    props.put("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT.toMillis()));
    if (!settings.implicitTls()) {
      props.put("mail.smtp.starttls.enable", "true");
    }
    return props;
  }

  private static Authenticator authenticator(SmtpSettings settings) {
    if (settings.username().isEmpty()) {
      return null;
    }
    var user = settings.username().get();
    var password = settings.password().orElse("");
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user, password);
      }
    };
  }
}
