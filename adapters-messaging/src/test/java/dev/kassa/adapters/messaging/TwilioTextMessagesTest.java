package dev.kassa.adapters.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioTextMessagesTest {

  private StubServer provider;
  private TwilioTextMessages messages;

  @BeforeEach
  void startProvider() throws Exception {
    provider = new StubServer();
    provider.answer(201, "{\"sid\":\"SM123\",\"status\":\"queued\"}");
    messages =
        new TwilioTextMessages(
            new TwilioSettings(provider.url(), "AC42", "token-secret", "+15550001111"));
  }

  @AfterEach
  void stopProvider() {
    provider.close();
  }

  @Test
  void aTextIsPostedAsAFormToTheAccountsMessagesWithBasicAuth() {
    messages.send("+491701234567", "Kassa: You received EUR 10.50 & more");

    var request = provider.received().getFirst();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/AC42/Messages.json");
    assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(request.authorization())
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("AC42:token-secret".getBytes(StandardCharsets.UTF_8)));
    assertThat(request.body()).startsWith("To=%2B491701234567&From=%2B15550001111&");
    assertThat(request.body()).contains("Body=Kassa%3A+You+received+EUR+10.50+%26+more");
  }

  @Test
  void aRefusalFailsTheSendWithoutTheTokenSoTheDeliveryIsRetried() {
    provider.answer(401, "{\"code\":20003,\"message\":\"Authenticate\"}");

    assertThatThrownBy(() -> messages.send("+491701234567", "hello"))
        .isInstanceOf(DeliveryFailedException.class)
        .hasMessageContaining("401")
        .hasMessageNotContaining("token-secret");
  }
}
