package dev.kassa.adapters.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class StripeSettingsTest {

  @Test
  void showsNoSecret() {
    var settings = new StripeSettings("sk_live_abc", "whsec_def", null);

    assertThat(settings.toString()).doesNotContain("sk_live_abc", "whsec_def");
  }

  @Test
  void namesAMissingOrBadValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new StripeSettings(" ", "whsec_def", null))
        .withMessageContaining("STRIPE_SECRET_KEY");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new StripeSettings("sk_live_abc", null, null))
        .withMessageContaining("STRIPE_WEBHOOK_SECRET");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new StripeSettings("sk_live_abc", "whsec_def", "api.stripe.com"))
        .withMessageContaining("STRIPE_API_BASE");
  }
}
