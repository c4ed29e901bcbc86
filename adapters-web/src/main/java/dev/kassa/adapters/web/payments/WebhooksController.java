package dev.kassa.adapters.web.payments;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.payments.ReceiveProviderEvent;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@code POST /v1/webhooks/{provider}}: events the payment provider sends, authenticated by their
 * {@code Stripe-Signature} rather than a bearer token. The body is handed over as it came, never
 * parsed nor refused for its declared type here, because the signature covers its exact bytes: a
 * bad or stale signature is {@code 400}, whatever the body; a provider other than the configured
 * one is {@code 404}.
 */
public final class WebhooksController implements Controller {

  public static final String SIGNATURE = "Stripe-Signature";

  private final ReceiveProviderEvent receiveProviderEvent;

  public WebhooksController(ReceiveProviderEvent receiveProviderEvent) {
    this.receiveProviderEvent =
        Objects.requireNonNull(receiveProviderEvent, "receiveProviderEvent");
  }

  @Override
  public void routes(Routes routes) {
    routes.post("/v1/webhooks/{provider}", RouteAccess.PUBLIC, this::receive);
  }

  private void receive(Call call) {
    var provider = call.ctx().pathParam("provider");
    var payload = new String(call.rawBody(), StandardCharsets.UTF_8);
    var receipt = receiveProviderEvent.execute(provider, payload, call.ctx().header(SIGNATURE));
    call.ok(WebhookReceiptResponse.from(receipt));
  }
}
