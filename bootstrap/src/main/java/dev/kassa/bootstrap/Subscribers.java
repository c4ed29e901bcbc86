package dev.kassa.bootstrap;

import dev.kassa.adapters.mail.SmtpCustomerMail;
import dev.kassa.adapters.mail.SmtpPasswordResetMailer;
import dev.kassa.adapters.mail.SmtpSettings;
import dev.kassa.adapters.messaging.SlackAlerts;
import dev.kassa.adapters.messaging.TwilioSettings;
import dev.kassa.adapters.messaging.TwilioTextMessages;
import dev.kassa.application.Storage;
import dev.kassa.application.catalog.ProductCacheEviction;
import dev.kassa.application.events.DeliveryListener;
import dev.kassa.application.events.EventSubscriber;
import dev.kassa.application.notifications.CustomerNotices;
import dev.kassa.application.notifications.InboxNotices;
import dev.kassa.application.notifications.MailNotices;
import dev.kassa.application.notifications.OperatorAlerts;
import dev.kassa.application.notifications.SmsNotices;
import dev.kassa.application.webhooks.Webhooks;
import dev.kassa.bootstrap.config.Integrations;
import dev.kassa.bootstrap.config.Mail;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.user.PasswordResetMailer;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The consumers of the domain events, as the configuration turns them on: the product cache's
 * eviction, the outgoing webhooks and the in-app inbox always; mail with {@code SMTP_URL}, SMS with
 * the {@code SMS_*} variables, Slack with {@code SLACK_WEBHOOK_URL}. The server's event workers
 * (or, with Kafka, {@code kassa worker}'s consumer groups) deliver to {@link #all()}; the
 * password-reset mail goes out through {@link #passwordResetMailer()}.
 */
public record Subscribers(
    List<EventSubscriber> all,
    Optional<OperatorAlerts> alerts,
    PasswordResetMailer passwordResetMailer) {

  public Subscribers {
    all = List.copyOf(all);
  }

  /** Tells the operators (through Slack, when configured) of every delivery gone {@code dead}. */
  public DeliveryListener deadDeliveryAlerts() {
    return (event, outcome) -> {
      if (outcome.status() == DeliveryStatus.DEAD) {
        alerts.ifPresent(
            operators ->
                operators.deadDelivery(
                    event.event().id(), outcome.subscriber(), outcome.lastError()));
      }
    };
  }

  public static Subscribers from(
      Integrations integrations,
      Storage storage,
      ProductCache cache,
      Webhooks webhooks,
      Clock clock) {
    var notices = new CustomerNotices(storage.users(), storage.accounts(), storage.orders());
    var all = new ArrayList<EventSubscriber>();
    all.add(new ProductCacheEviction(cache));
    all.add(webhooks.subscriber());
    all.add(new InboxNotices(notices, storage.notifications(), clock));
    var smtp = integrations.mail().map(Subscribers::smtp);
    smtp.ifPresent(settings -> all.add(new MailNotices(notices, new SmtpCustomerMail(settings))));
    integrations
        .sms()
        .ifPresent(
            sms ->
                all.add(
                    new SmsNotices(
                        notices,
                        new TwilioTextMessages(
                            new TwilioSettings(
                                sms.providerUrl(),
                                sms.accountSid(),
                                sms.authToken().value(),
                                sms.from())))));
    var alerts =
        integrations
            .slackWebhookUrl()
            .map(url -> new OperatorAlerts(new SlackAlerts(URI.create(url.value()))));
    alerts.ifPresent(all::add);
    PasswordResetMailer resets =
        smtp.<PasswordResetMailer>map(SmtpPasswordResetMailer::new)
            .orElseGet(LoggingPasswordResetMailer::new);
    return new Subscribers(all, alerts, resets);
  }

  private static SmtpSettings smtp(Mail mail) {
    return new SmtpSettings(
        mail.host(),
        mail.port(),
        mail.username(),
        mail.password().map(secret -> secret.value()),
        mail.implicitTls(),
        mail.from());
  }
}
