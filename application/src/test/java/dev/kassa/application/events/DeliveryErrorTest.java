package dev.kassa.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.event.EventDelivery;
import org.junit.jupiter.api.Test;

class DeliveryErrorTest {

  @Test
  void credentialsAreMaskedAndTheTextIsBounded() {
    var error =
        new IllegalStateException(
            "POST https://user:pw@hooks.example.com failed: Authorization: Bearer abc.def;"
                + " secret=s3cr3t");

    assertThat(DeliveryError.describe(error))
        .isEqualTo(
            "IllegalStateException: POST https://***@hooks.example.com failed:"
                + " Authorization: ***; secret=***");
    assertThat(DeliveryError.describe(new RuntimeException("x".repeat(2_000))))
        .hasSize(EventDelivery.MAX_ERROR_LENGTH);
  }
}
