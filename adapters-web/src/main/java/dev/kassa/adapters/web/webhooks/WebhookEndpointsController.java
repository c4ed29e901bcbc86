package dev.kassa.adapters.web.webhooks;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.webhooks.Webhooks;
import dev.kassa.domain.webhook.WebhookDeliveryId;
import dev.kassa.domain.webhook.WebhookEndpointId;
import java.util.Objects;

/**
 * {@code /v1/webhook-endpoints} (admins only): register, read, change and remove the endpoints
 * outgoing webhooks go to, rotate their signing secrets, and see and redo their deliveries. A
 * secret is answered only by creation and rotation, with {@code Cache-Control: no-store}.
 */
public final class WebhookEndpointsController implements Controller {

  private static final String ENDPOINTS = "/v1/webhook-endpoints";
  private static final String ENDPOINT = ENDPOINTS + "/{id}";

  private final Webhooks webhooks;

  public WebhookEndpointsController(Webhooks webhooks) {
    this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
  }

  @Override
  public void routes(Routes routes) {
    routes
        .post(ENDPOINTS, RouteAccess.ADMIN, this::create)
        .get(ENDPOINTS, RouteAccess.ADMIN, this::list)
        .get(ENDPOINT, RouteAccess.ADMIN, this::get)
        .patch(ENDPOINT, RouteAccess.ADMIN, this::update)
        .delete(ENDPOINT, RouteAccess.ADMIN, this::delete)
        .post(ENDPOINT + "/rotate-secret", RouteAccess.ADMIN, this::rotate)
        .get(ENDPOINT + "/deliveries", RouteAccess.ADMIN, this::deliveries)
        .post(ENDPOINT + "/deliveries/{deliveryId}/redeliver", RouteAccess.ADMIN, this::redeliver);
  }

  private void create(Call call) {
    var command =
        call.command(CreateWebhookEndpointRequest.class, CreateWebhookEndpointRequest::toCommand);
    var created = webhooks.create().execute(call.actor(), command);
    call.ctx().header("Cache-Control", "no-store");
    call.created(WebhookEndpointWithSecretResponse.from(created));
  }

  private void list(Call call) {
    call.okPage(webhooks.list().execute(call.actor(), call.page()), WebhookEndpointResponse::from);
  }

  private void get(Call call) {
    call.ok(WebhookEndpointResponse.from(webhooks.get().execute(call.actor(), id(call))));
  }

  private void update(Call call) {
    var id = id(call);
    var command =
        call.command(UpdateWebhookEndpointRequest.class, UpdateWebhookEndpointRequest::toCommand);
    call.ok(WebhookEndpointResponse.from(webhooks.update().execute(call.actor(), id, command)));
  }

  private void delete(Call call) {
    webhooks.delete().execute(call.actor(), id(call));
    call.noContent();
  }

  private void rotate(Call call) {
    var rotated = webhooks.rotateSecret().execute(call.actor(), id(call));
    call.ctx().header("Cache-Control", "no-store");
    call.ok(WebhookEndpointWithSecretResponse.from(rotated));
  }

  private void deliveries(Call call) {
    var page = webhooks.listDeliveries().execute(call.actor(), id(call), call.page());
    call.okPage(page, WebhookDeliveryResponse::from);
  }

  private void redeliver(Call call) {
    var id = id(call);
    var delivery = call.pathId("deliveryId", "webhook delivery", WebhookDeliveryId::of);
    call.respond(
        202,
        WebhookDeliveryResponse.from(webhooks.redeliver().execute(call.actor(), id, delivery)));
  }

  private static WebhookEndpointId id(Call call) {
    return call.pathId("id", "webhook endpoint", WebhookEndpointId::of);
  }
}
