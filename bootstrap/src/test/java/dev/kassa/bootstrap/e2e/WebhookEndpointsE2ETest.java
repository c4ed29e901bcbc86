package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.webhook.WebhookEndpointId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administration of outgoing webhook endpoints over HTTP, on PostgreSQL. */
@ExtendWith(KassaServerExtension.class)
class WebhookEndpointsE2ETest {

  private static final String ENDPOINTS = "/v1/webhook-endpoints";

  @Test
  void secretIsShownAtCreationAndRotationOnlyAndStoredSealed(RunningKassa kassa) {
    var admin = admin(kassa);
    var created =
        kassa.http().post(ENDPOINTS).as(admin).json(ValidBodies.newWebhookEndpoint()).send();
    var body = created.expect(201);
    var id = body.get("id").asText();
    var secret = body.get("secret").asText();

    assertThat(created.header("Cache-Control")).contains("no-store");
    assertThat(secret).matches("whsec_[0-9a-f]{64}");
    assertThat(body.get("events")).hasSize(1);
    assertThat(body.get("enabled").asBoolean()).isTrue();
    var read = kassa.http().get(ENDPOINTS + "/" + id).as(admin).send().expect(200);
    assertThat(read.has("secret")).isFalse();
    assertThat(read.get("url").asText()).isEqualTo("https://203.0.113.10/hooks");
    var stored =
        kassa
            .server()
            .kassa()
            .storage()
            .webhookEndpoints()
            .find(WebhookEndpointId.of(id))
            .orElseThrow();
    assertThat(stored.secrets().current()).doesNotContain(secret.substring(6));

    var rotated =
        kassa.http().post(ENDPOINTS + "/" + id + "/rotate-secret").as(admin).send().expect(200);
    assertThat(rotated.get("secret").asText()).isNotEqualTo(secret).startsWith("whsec_");
    var listed = kassa.http().get(ENDPOINTS + "?limit=100").as(admin).send().expect(200);
    assertThat(listed.toString()).contains(id).doesNotContain(secret);
  }

  @Test
  void endpointIsChangedListedAndDeleted(RunningKassa kassa) {
    var admin = admin(kassa);
    var id =
        kassa
            .http()
            .post(ENDPOINTS)
            .as(admin)
            .json(ValidBodies.newWebhookEndpoint())
            .send()
            .expect(201)
            .get("id")
            .asText();

    var changed =
        kassa
            .http()
            .patch(ENDPOINTS + "/" + id)
            .as(admin)
            .json(Map.of("events", List.of("*"), "enabled", false, "description", "off"))
            .send()
            .expect(200);

    assertThat(changed.get("enabled").asBoolean()).isFalse();
    assertThat(changed.get("events").get(0).asText()).isEqualTo("*");
    assertThat(changed.get("description").asText()).isEqualTo("off");
    var deliveries =
        kassa.http().get(ENDPOINTS + "/" + id + "/deliveries").as(admin).send().expect(200);
    assertThat(deliveries.get("total").asLong()).isZero();
    kassa
        .http()
        .post(ENDPOINTS + "/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver")
        .as(admin)
        .send()
        .expectError(404, "not_found");
    kassa.http().delete(ENDPOINTS + "/" + id).as(admin).send().expect(204);
    kassa.http().get(ENDPOINTS + "/" + id).as(admin).send().expectError(404, "not_found");
  }

  @Test
  void internalAddressesAreRefusedAtRegistration(RunningKassa kassa) {
    var admin = admin(kassa);
    for (var url :
        List.of(
            "http://127.0.0.1/hooks",
            "http://10.0.0.1/hooks",
            "http://169.254.169.254/latest/meta-data",
            "http://[::1]/hooks",
            "http://[fd00::1]/hooks",
            "http://localhost/hooks",
            "https://127.0.0.1/hooks",
            "https://localhost/hooks",
            "https://[fd00::1]/hooks",
            "ftp://203.0.113.10/hooks")) {
      var refused =
          kassa
              .http()
              .post(ENDPOINTS)
              .as(admin)
              .json(Map.of("url", url, "events", List.of("*")))
              .send()
              .expectError(400, "validation_failed");
      assertThat(refused.at("/details/url").isTextual()).as(url).isTrue();
    }
    kassa
        .http()
        .patch(
            ENDPOINTS
                + "/"
                + kassa
                    .http()
                    .post(ENDPOINTS)
                    .as(admin)
                    .json(ValidBodies.newWebhookEndpoint())
                    .send()
                    .expect(201)
                    .get("id")
                    .asText())
        .as(admin)
        .json(Map.of("url", "https://169.254.169.254/"))
        .send()
        .expectError(400, "validation_failed");
  }

  @Test
  void unknownEventTypeIsRefused(RunningKassa kassa) {
    var refused =
        kassa
            .http()
            .post(ENDPOINTS)
            .as(admin(kassa))
            .json(Map.of("url", "https://203.0.113.10/", "events", List.of("order.exploded")))
            .send()
            .expectError(400, "validation_failed");

    assertThat(refused.at("/details/events").asText()).contains("order.exploded");
  }

  private static Caller admin(RunningKassa kassa) {
    return kassa.bank().logIn(kassa.adminEmail(), kassa.adminPassword());
  }
}
