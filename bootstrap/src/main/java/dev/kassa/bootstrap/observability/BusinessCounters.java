package dev.kassa.bootstrap.observability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.observability.ObservedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Set;

/**
 * Business counters read off answered requests, so the core stays free of metrics: what a route did
 * follows from its template, its status and the request body its handler accepted. A replayed
 * idempotent answer counts as a replay, never as the effect again. Every label is bounded: route
 * templates, currencies the server accepted, and fixed sets of words; never an id or a raw path.
 * Effects that happen without a request (expiry, webhook settlement) are not counted here.
 */
final class BusinessCounters {

  private static final Set<String> PAYMENT_METHODS = Set.of("account", "card", "gateway");
  private static final Set<String> SETTABLE_STATUSES = Set.of("shipped", "delivered");

  private final MeterRegistry registry;

  BusinessCounters(MeterRegistry registry) {
    this.registry = registry;
    registry.counter("kassa.logins.failed");
    registry.counter("kassa.refunds");
  }

  void count(ObservedRequest request) {
    if (request.status() == 429) {
      registry.counter("kassa.rate.limited", "route", request.route()).increment();
    }
    if (request.replayed()) {
      registry.counter("kassa.idempotent.replays", "route", request.route()).increment();
      return;
    }
    switch (request.method() + " " + request.route()) {
      case "POST /v1/transfers" -> money(request, "kassa.transfers");
      case "POST /v1/transactions" -> cash(request);
      case "POST /v1/checkout" -> checkout(request);
      case "POST /v1/purchases" -> transition(request, 201, "placed");
      case "POST /v1/orders/{id}/cancel" -> transition(request, 200, "cancelled");
      case "PATCH /v1/orders/{id}" ->
          transition(request, 200, word(request.body().path("status"), SETTABLE_STATUSES));
      case "POST /v1/orders/{id}/refunds" -> {
        if (request.status() == 201) {
          registry.counter("kassa.refunds").increment();
        }
      }
      case "POST /v1/auth/login" -> {
        if (request.status() == 401) {
          registry.counter("kassa.logins.failed").increment();
        }
      }
      case "POST /v1/webhooks/{provider}" ->
          registry.counter("kassa.webhook.events", "outcome", outcome(request)).increment();
      default -> {}
    }
  }

  private void cash(ObservedRequest request) {
    switch (request.body().path("type").asText()) {
      case "deposit" -> money(request, "kassa.deposits");
      case "withdrawal" -> money(request, "kassa.withdrawals");
      default -> {}
    }
  }

  /** {@code name} counts the movements, {@code name.amount.minor} their minor units. */
  private void money(ObservedRequest request, String name) {
    var body = request.body();
    if (request.status() != 201 || !body.path("amount").canConvertToLong()) {
      return;
    }
    var currency = body.path("currency").asText().toUpperCase(Locale.ROOT);
    registry.counter(name, "currency", currency).increment();
    registry
        .counter(name + ".amount.minor", "currency", currency)
        .increment((double) body.path("amount").asLong());
  }

  private void checkout(ObservedRequest request) {
    var method = word(request.body().path("paymentMethod").path("type"), PAYMENT_METHODS);
    var outcome = request.succeeded() ? "placed" : "refused";
    registry.counter("kassa.checkouts", "method", method, "outcome", outcome).increment();
    transition(request, 201, "placed");
  }

  private void transition(ObservedRequest request, int success, String to) {
    if (request.status() == success) {
      registry.counter("kassa.order.transitions", "to", to).increment();
    }
  }

  private static String outcome(ObservedRequest request) {
    if (request.succeeded()) {
      return "accepted";
    }
    return request.status() >= 500 ? "failed" : "rejected";
  }

  private static String word(JsonNode node, Set<String> known) {
    var text = node.asText().toLowerCase(Locale.ROOT);
    return known.contains(text) ? text : "other";
  }
}
