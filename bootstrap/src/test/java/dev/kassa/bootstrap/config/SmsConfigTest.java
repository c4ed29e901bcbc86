package dev.kassa.bootstrap.config;

import static dev.kassa.bootstrap.config.KassaConfigTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsConfigTest {

  @Test
  void smsIsOffUnlessConfigured() {
    assertThat(parse(Map.of()).integrations().sms()).isEmpty();
  }

  @Test
  void allFourSmsVariablesMakeAProvider() {
    var sms =
        parse(
                Map.of(
                    "SMS_PROVIDER_URL", "https://api.twilio.com",
                    "SMS_ACCOUNT_SID", "AC42",
                    "SMS_AUTH_TOKEN", "tok-hunter2",
                    "SMS_FROM", "+15550001111"))
            .integrations()
            .sms()
            .orElseThrow();

    assertThat(sms.providerUrl()).isEqualTo(URI.create("https://api.twilio.com"));
    assertThat(sms.accountSid()).isEqualTo("AC42");
    assertThat(sms.authToken().value()).isEqualTo("tok-hunter2");
    assertThat(sms.from()).isEqualTo("+15550001111");
    assertThat(sms.toString()).doesNotContain("tok-hunter2");
  }

  @Test
  void aPartialSmsConfigurationNamesWhatIsMissingWithoutTheToken() {
    assertThatThrownBy(
            () ->
                parse(
                    Map.of(
                        "SMS_PROVIDER_URL", "ftp://api.example.com",
                        "SMS_AUTH_TOKEN", "tok-hunter2")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("SMS_PROVIDER_URL must be a URL")
        .hasMessageContaining("SMS_ACCOUNT_SID is required when SMS_PROVIDER_URL is set")
        .hasMessageContaining("SMS_FROM is required when SMS_PROVIDER_URL is set")
        .hasMessageNotContaining("tok-hunter2");
  }
}
