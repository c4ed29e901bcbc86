package dev.kassa.bootstrap.config;

import static dev.kassa.bootstrap.config.KassaConfigTest.KEY_A;
import static dev.kassa.bootstrap.config.KassaConfigTest.parse;
import static dev.kassa.bootstrap.config.KassaConfigTest.prod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityConfigTest {

  @Test
  void givenSecretsAreUsedAsTheyAre() {
    var config = parse(Map.of("JWT_SECRET", KEY_A, "CARD_FINGERPRINT_SECRET", " " + KEY_A + " "));

    assertThat(config.security().jwtSecret().value()).isEqualTo(KEY_A);
    assertThat(config.security().jwtSecret().generated()).isFalse();
    assertThat(config.security().cardFingerprintSecret().value()).isEqualTo(KEY_A);
  }

  @ParameterizedTest
  @ValueSource(strings = {"JWT_SECRET", "CARD_FINGERPRINT_SECRET", "PAYMENT_WEBHOOK_SECRET"})
  void shortKeysAreRejectedWithoutShowingThem(String name) {
    var shortKey = "only-31-bytes-long-xxxxxxxxxxxx";

    assertThatThrownBy(() -> parse(Map.of(name, shortKey)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(name + " must be at least 32 bytes, has 31")
        .hasMessageNotContaining(shortKey);
  }

  @Test
  void keyLengthCountsUtf8Bytes() {
    var eleven = "€".repeat(11);

    assertThat(parse(Map.of("JWT_SECRET", eleven)).security().jwtSecret().byteLength())
        .isEqualTo(33);
  }

  @Test
  void shortSecretsAreRejectedInProdToo() {
    var variables = prod();
    variables.put("JWT_SECRET", "short");

    assertThatThrownBy(() -> parse(variables))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("JWT_SECRET must be at least 32 bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"15m", "PT0S", "-PT5M", "P1M", "900"})
  void accessTokenTtlMustBeAPositiveIsoDuration(String value) {
    assertThatThrownBy(() -> parse(Map.of("ACCESS_TOKEN_TTL", value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ACCESS_TOKEN_TTL must be a positive ISO-8601 duration");
  }

  @Test
  void refreshTokenTtlMustBeAPositiveIsoDuration() {
    assertThatThrownBy(() -> parse(Map.of("REFRESH_TOKEN_TTL", "30 days")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("REFRESH_TOKEN_TTL must be a positive ISO-8601 duration")
        .hasMessageContaining("'30 days'");
  }

  @Test
  void refreshTokensMustOutliveAccessTokens() {
    assertThatThrownBy(
            () -> parse(Map.of("ACCESS_TOKEN_TTL", "PT1H", "REFRESH_TOKEN_TTL", "PT30M")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("REFRESH_TOKEN_TTL must be longer than ACCESS_TOKEN_TTL (PT1H)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9", "4", "32", "twelve"})
  void bcryptCostMustBeFromTenTo31(String value) {
    assertThatThrownBy(() -> parse(Map.of("BCRYPT_COST", value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("BCRYPT_COST must be a whole number from 10 to 31");
  }

  @Test
  void securityRecordRefusesUnsafeValuesWhenBuiltInCode() {
    var key = Secret.of(KEY_A);
    var ttl = Duration.ofMinutes(15);
    var refresh = Duration.ofDays(1);

    assertThatThrownBy(() -> new Security(Secret.of("short"), ttl, refresh, key, 12))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Security(key, ttl, refresh, key, 9))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Security(key, refresh, ttl, key, 12))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secretNeverPrintsItsValue() {
    assertThat(Secret.of(KEY_A).toString()).isEqualTo("Secret[***]");
    assertThat(Secret.random(new SplittableRandom(1)).toString()).isEqualTo("Secret[generated]");
  }
}
