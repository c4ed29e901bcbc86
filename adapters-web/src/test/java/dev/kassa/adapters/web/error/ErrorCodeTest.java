package dev.kassa.adapters.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.payment.PaymentProviderException;
import io.javalin.http.HttpResponseException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

  @Test
  void everyCodeOfTheContractHasItsStatus() {
    var expected = new LinkedHashMap<String, Integer>();
    expected.put("validation_failed", 400);
    expected.put("malformed_json", 400);
    expected.put("unauthenticated", 401);
    expected.put("token_expired", 401);
    expected.put("forbidden", 403);
    expected.put("not_found", 404);
    expected.put("method_not_allowed", 405);
    expected.put("email_taken", 409);
    expected.put("insufficient_funds", 409);
    expected.put("balance_limit_exceeded", 409);
    expected.put("out_of_stock", 409);
    expected.put("account_not_active", 409);
    expected.put("account_not_empty", 409);
    expected.put("card_not_active", 409);
    expected.put("invalid_state_transition", 409);
    expected.put("idempotency_key_in_use", 409);
    expected.put("payload_too_large", 413);
    expected.put("unsupported_media_type", 415);
    expected.put("currency_mismatch", 422);
    expected.put("idempotency_key_reused", 422);
    expected.put("rate_limited", 429);
    expected.put("internal_error", 500);
    expected.put("unavailable", 503);

    var actual = new LinkedHashMap<String, Integer>();
    Arrays.stream(ErrorCode.values()).forEach(code -> actual.put(code.code(), code.status()));

    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void everyConflictTheDomainCanRaiseHasAStatus() throws Exception {
    var factories =
        Arrays.stream(ConflictException.class.getDeclaredMethods())
            .filter(method -> Modifier.isStatic(method.getModifiers()))
            .filter(method -> method.getReturnType() == ConflictException.class)
            .toList();
    assertThat(factories).isNotEmpty();
    for (var factory : factories) {
      var arguments =
          Arrays.stream(factory.getParameterTypes())
              .map(type -> type == List.class ? (Object) List.of("x") : "x")
              .toArray();
      var conflict = (ConflictException) factory.invoke(null, arguments);

      assertThat(ErrorCode.of(conflict.code())).as(conflict.code()).isPresent();
      assertThat(Problems.from(conflict).status()).as(conflict.code()).isEqualTo(409);
    }
  }

  @Test
  void unknownCodeIsNotGuessed() {
    assertThat(ErrorCode.of("payment_declined")).isEmpty();
  }

  @Test
  void javalinStatusesOutsideTheContractFallBackToTheirClass() {
    assertThat(Problems.from(new HttpResponseException(418, "teapot")).code())
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(Problems.from(new HttpResponseException(502, "bad gateway")).code())
        .isEqualTo(ErrorCode.INTERNAL_ERROR);
    assertThat(Problems.from(new HttpResponseException(503, "down")).code())
        .isEqualTo(ErrorCode.UNAVAILABLE);
  }

  @Test
  void aPaymentProviderFailureIsUnavailableAndKeepsItsTextToTheLogs() {
    var problem =
        Problems.from(
            new PaymentProviderException(
                "stripe answered 401: Invalid API Key provided: sk_live_123",
                new IllegalStateException("socket closed")));

    assertThat(problem.code()).isEqualTo(ErrorCode.UNAVAILABLE);
    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.message())
        .isEqualTo("The payment provider is unavailable; try again later.");
    assertThat(problem.details()).isEmpty();
  }

  @Test
  void methodNotAllowedListsTheAllowedMethods() {
    var problem =
        Problems.from(new HttpResponseException(405, "no", Map.of("a", "GET", "b", "POST")));

    assertThat(problem.headers()).containsEntry("Allow", "GET, POST");
  }
}
