package dev.kassa.adapters.mail;

import dev.kassa.application.notifications.CustomerMail;
import dev.kassa.application.notifications.Notice;
import java.util.HashMap;

/** Customer notices by mail: the templates of the notice's kind, sent over SMTP. */
public final class SmtpCustomerMail implements CustomerMail {

  private final SmtpMailer mailer;
  private final MailTemplates templates = new MailTemplates();

  public SmtpCustomerMail(SmtpSettings settings) {
    this.mailer = new SmtpMailer(settings);
  }

  @Override
  public void send(Notice notice) {
    var values = new HashMap<String, Object>(notice.details());
    values.put("title", notice.title());
    mailer.send(
        notice.recipient().email().value(),
        notice.title(),
        templates.render(notice.kind(), values));
  }
}
