package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail and the in-app inbox on the assembled server, with GreenMail as its SMTP server. The events
 * are handed to the configured subscribers here, as the dispatcher does.
 */
class NotificationsE2ETest {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private static final Pattern RESET_TOKEN =
      Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

  private static RunningKassa kassa;
  private final List<String> secrets = new ArrayList<>();

  @BeforeEach
  void startServer() {
    if (kassa == null) {
      kassa =
          RunningKassa.startWith(
              Map.of(
                  "SMTP_URL",
                  "smtp://127.0.0.1:" + SMTP.getSmtp().getPort(),
                  "MAIL_FROM",
                  "Kassa <kassa@example.com>"));
    }
  }

  @AfterAll
  static void stopServer() {
    if (kassa != null) {
      kassa.close();
    }
  }

  private Caller register() {
    var caller = kassa.bank().register();
    secrets.addAll(List.of(caller.accessToken(), caller.refreshToken(), caller.password()));
    return caller;
  }

  private void deliverEvents() {
    kassa.deliveries().deliverNew();
  }

  private List<String> mailsTo(Caller caller) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(message -> recipient(message).equalsIgnoreCase(caller.email()))
        .map(GreenMailUtil::getWholeMessage)
        .toList();
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException unreadable) {
      throw new AssertionError(unreadable);
    }
  }

  /** No mail holds a password hash or a token hash, a long run of digits, or a known secret. */
  private void assertNoMailHoldsASecret() {
    for (var message : SMTP.getReceivedMessages()) {
      var raw = GreenMailUtil.getWholeMessage(message);
      secrets.forEach(secret -> assertThat(raw).doesNotContain(secret));
      for (var part : parts(message)) {
        assertThat(part)
            .doesNotContainPattern("\\$2[aby]\\$")
            .doesNotContainPattern("[0-9a-f]{64}")
            .doesNotContainPattern("[0-9]{13,19}");
      }
    }
  }

  private static List<String> parts(MimeMessage message) {
    try {
      var multipart = (MimeMultipart) message.getContent();
      var parts = new ArrayList<String>();
      for (int i = 0; i < multipart.getCount(); i++) {
        parts.add(multipart.getBodyPart(i).getContent().toString());
      }
      return parts;
    } catch (IOException | MessagingException unreadable) {
      throw new AssertionError(unreadable);
    }
  }

  @Test
  void aTransferToAnotherUserMailsThatUserAndLandsInTheirInbox() {
    var alice = register();
    var bob = register();
    var from = kassa.bank().fundedAccount(alice, 10_000);
    var to = kassa.bank().openAccount(bob);

    kassa.bank().transfer(alice, from, to, 1_050).expect(201);
    deliverEvents();

    assertThat(mailsTo(bob))
        .singleElement()
        .asString()
        .contains("Money received", "You received EUR 10.50", "text/html");
    assertThat(mailsTo(alice)).noneMatch(mail -> mail.contains("You received"));
    var inbox = kassa.http().get("/v1/notifications").as(bob).send().expect(200);
    assertThat(inbox.get("unreadCount").asLong()).isEqualTo(1);
    assertThat(inbox.at("/data/0/type").asText()).isEqualTo("transfer.received");
    assertNoMailHoldsASecret();
  }

  @Test
  void anOrderPaidAndShippedMailsTheBuyer() {
    var buyer = register();
    var account = kassa.bank().fundedAccount(buyer, 100_000);
    var admin = kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
    var product =
        kassa
            .http()
            .post("/v1/products")
            .as(admin)
            .json(ValidBodies.newProduct())
            .send()
            .expect(201);
    kassa
        .http()
        .post("/v1/cart/items")
        .as(buyer)
        .json(Map.of("productId", product.get("id").asText(), "quantity", 1))
        .send()
        .expect(201);
    var order =
        kassa
            .http()
            .post("/v1/checkout")
            .as(buyer)
            .json(ValidBodies.payFrom(account))
            .send()
            .expect(201);
    var orderId = order.get("id").asText();
    kassa
        .http()
        .patch("/v1/orders/" + orderId)
        .as(admin)
        .json(Map.of("status", "shipped"))
        .send()
        .expect(200);

    deliverEvents();

    var mails = mailsTo(buyer);
    assertThat(mails).anySatisfy(mail -> assertThat(mail).contains("Order paid", orderId));
    assertThat(mails).anySatisfy(mail -> assertThat(mail).contains("Order shipped", orderId));
    assertNoMailHoldsASecret();
  }

  @Test
  void optingOutOfMailStopsTheMailsButNotTheInbox() {
    var carol = register();
    kassa
        .http()
        .patch("/v1/auth/me")
        .as(carol)
        .json(Map.of("notifications", Map.of("email", false)))
        .send()
        .expect(200);

    kassa.bank().fundedAccount(carol, 2_500);
    deliverEvents();

    assertThat(mailsTo(carol)).isEmpty();
    var inbox = kassa.http().get("/v1/notifications?unread=true").as(carol).send().expect(200);
    assertThat(inbox.at("/data/0/body").asText()).contains("EUR 25.00");
  }

  @Test
  void cardMailsNameTheLastFourDigitsOnly() {
    var dave = register();
    var account = kassa.bank().fundedAccount(dave, 1_000);
    var card =
        kassa
            .http()
            .post("/v1/cards")
            .as(dave)
            .json(Map.of("accountId", account, "type", "virtual"))
            .send()
            .expect(201);
    secrets.add(card.get("number").asText());
    kassa
        .http()
        .patch("/v1/cards/" + card.get("id").asText())
        .as(dave)
        .json(Map.of("status", "frozen"))
        .send()
        .expect(200);

    deliverEvents();

    var last4 = card.get("last4").asText();
    assertThat(mailsTo(dave)).anySatisfy(mail -> assertThat(mail).contains("Card issued", last4));
    assertThat(mailsTo(dave)).anySatisfy(mail -> assertThat(mail).contains("Card frozen", last4));
    assertNoMailHoldsASecret();
  }

  @Test
  void aPasswordResetIsMailedEvenToThoseWhoOptedOutAndItsLinkWorksOnce() throws Exception {
    var erin = register();
    kassa
        .http()
        .patch("/v1/auth/me")
        .as(erin)
        .json(Map.of("notifications", Map.of("email", false)))
        .send()
        .expect(200);

    kassa.http().post("/v1/auth/password-reset").json(Map.of("email", erin.email())).send();
    assertThat(SMTP.waitForIncomingEmail(10_000, SMTP.getReceivedMessages().length + 1)).isTrue();

    var mail = mailsTo(erin).getLast();
    var token = RESET_TOKEN.matcher(mail);
    assertThat(token.find()).as(mail).isTrue();
    var confirm = Map.of("token", token.group(1), "newPassword", "a brand new passphrase");
    assertThat(kassa.http().post("/v1/auth/password-reset/confirm").json(confirm).send().status())
        .isEqualTo(204);
    kassa
        .http()
        .post("/v1/auth/password-reset/confirm")
        .json(confirm)
        .send()
        .expectError(400, "validation_failed");
    kassa.bank().logIn(erin.email(), "a brand new passphrase");
    assertNoMailHoldsASecret();
  }
}
