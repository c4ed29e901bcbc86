package dev.kassa.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kassa.application.notifications.Notice;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.user.Email;
import dev.kassa.domain.user.Profile;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.User;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private SmtpSettings settings() {
    return new SmtpSettings(
        "127.0.0.1",
        SMTP.getSmtp().getPort(),
        Optional.empty(),
        Optional.empty(),
        false,
        "Kassa <kassa@example.com>");
  }

  private static User ada() {
    return User.register(
        new Email("ada@example.com"),
        "hash",
        Role.CUSTOMER,
        new Profile("Ada <b>", "Lovelace", null, null, null),
        Instant.now());
  }

  @Test
  void aShippedOrderIsMailedInTextAndHtmlWithItsCarrierAndTrackingNumber() throws Exception {
    var notice =
        new Notice(
            ada(),
            "order.shipped",
            EventId.newId(),
            "Order shipped",
            "Your order is on its way.",
            Map.of(
                "firstName",
                "Ada <b>",
                "orderId",
                "o-1",
                "total",
                "EUR 10.50",
                "carrier",
                "DHL",
                "trackingNumber",
                "JD0001"));

    new SmtpCustomerMail(settings()).send(notice);

    var message = SMTP.getReceivedMessages()[0];
    assertThat(message.getSubject()).isEqualTo("Order shipped");
    assertThat(message.getFrom()[0].toString()).contains("kassa@example.com");
    var raw = GreenMailUtil.getWholeMessage(message);
    assertThat(raw).contains("text/plain", "text/html", "Carrier: DHL", "Tracking number: JD0001");
    assertThat(raw).contains("Hello Ada <b>,").contains("Hello Ada &lt;b&gt;,");
  }

  @Test
  void aShippedOrderWithoutTrackingLeavesTheLinesOut() throws Exception {
    var notice =
        new Notice(
            ada(),
            "order.shipped",
            EventId.newId(),
            "Order shipped",
            "On its way.",
            Map.of("firstName", "Ada", "orderId", "o-2", "total", "EUR 1.00"));

    new SmtpCustomerMail(settings()).send(notice);

    var raw = GreenMailUtil.getWholeMessage(SMTP.getReceivedMessages()[0]);
    assertThat(raw).contains("o-2").doesNotContain("Carrier", "Tracking number");
  }

  @Test
  void thePasswordResetMailCarriesItsLink() {
    var link = "https://kassa.example/reset-password?token=abc123";

    new SmtpPasswordResetMailer(settings()).sendPasswordReset(new Email("ada@example.com"), link);

    MimeMessage message = SMTP.getReceivedMessages()[0];
    assertThat(GreenMailUtil.getWholeMessage(message)).contains(link);
  }

  @Test
  void aMailServerThatDoesNotAnswerFailsTheCustomerMailSoItIsRetried() {
    var down =
        new SmtpSettings(
            "127.0.0.1", 1, Optional.empty(), Optional.empty(), false, "k@example.com");
    var notice =
        new Notice(
            ada(),
            "card.frozen",
            EventId.newId(),
            "Card frozen",
            "Frozen.",
            Map.of("firstName", "Ada", "last4", "4242", "type", "debit"));

    assertThatThrownBy(() -> new SmtpCustomerMail(down).send(notice))
        .isInstanceOf(MailNotSentException.class);
  }
}
