package dev.kassa.adapters.web.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.payments.SimulatedIntent;
import dev.kassa.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PaymentPageTest {

  @Test
  void everyValueShownIsEscaped() {
    var intent =
        new SimulatedIntent(
            "pi_<b>\"x\"", Money.of(1_050, "EUR"), "requires_<script>", "o'&<img src=x>");

    var html = PaymentPage.render(intent);

    assertThat(html)
        .doesNotContain("<script", "<img", "<b>")
        .contains("requires_&lt;script&gt;", "o&apos;&amp;&lt;img src=x&gt;")
        .contains("action=\"/pay/pi_%3Cb%3E%22x%22\"");
  }

  @Test
  void amountsAreShownInTheCurrencysOwnDigits() {
    var euros = PaymentPage.render(new SimulatedIntent("pi_1", Money.of(1_050, "EUR"), "x", "o"));
    var yen = PaymentPage.render(new SimulatedIntent("pi_2", Money.of(1_050, "JPY"), "x", "o"));

    assertThat(euros).contains("10.50 EUR");
    assertThat(yen).contains("1050 JPY");
  }

  @Test
  void theButtonsAreShownOnlyWhileThePaymentWaitsForTheBuyer() {
    var waiting = new SimulatedIntent("pi_1", Money.of(100, "EUR"), "requires_payment_method", "o");
    var paid = new SimulatedIntent("pi_1", Money.of(100, "EUR"), "succeeded", "o");

    assertThat(PaymentPage.render(waiting)).contains("<form", "Approve", "Decline");
    assertThat(PaymentPage.render(paid)).doesNotContain("<form", "Approve", "Decline");
  }

  @Test
  void thePolicyAllowsExactlyThePagesOwnStyle() throws Exception {
    var html = PaymentPage.render(new SimulatedIntent("pi_1", Money.of(100, "EUR"), "x", "o"));
    var style = Pattern.compile("<style>(.*)</style>", Pattern.DOTALL).matcher(html);
    assertThat(style.find()).isTrue();
    var hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));

    assertThat(PaymentPage.CONTENT_SECURITY_POLICY)
        .startsWith("default-src 'none';")
        .contains("style-src 'sha256-" + hash + "'");
  }
}
