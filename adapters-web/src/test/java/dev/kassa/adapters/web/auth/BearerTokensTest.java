package dev.kassa.adapters.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.UnauthenticatedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokensTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
        "bearer  abc-._~+/xyz== ",
        "BEARER Zm9v="
      })
  void aWellFormedBearerCredentialGivesItsToken(String header) {
    var token = header.strip().substring("Bearer ".length()).strip();

    assertThat(BearerTokens.from(header)).isEqualTo(token);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer ===",
        "Bearer a=b",
        "Bearer a b",
        "Bearer t\u00f6ken",
        "Bearer a,b",
        "Bearer a\u0000b"
      })
  void anythingElseIsRefused(String header) {
    assertThatThrownBy(() -> BearerTokens.from(header))
        .isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void aTokenIsAtMost8192CharactersLong() {
    assertThat(BearerTokens.from("Bearer " + "a".repeat(8192))).hasSize(8192);
    assertThatThrownBy(() -> BearerTokens.from("Bearer " + "a".repeat(8193)))
        .isInstanceOf(UnauthenticatedException.class);
  }
}
