package dev.kassa.adapters.web.admin;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.events.KassaEvents;
import dev.kassa.application.events.RedeliverEvent;
import dev.kassa.domain.event.DeliveryStatus;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventId;
import dev.kassa.domain.event.EventType;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outbox for administrators: {@code GET /v1/admin/events} (filtered by {@code type}, {@code
 * subject} and delivery {@code status}), {@code GET /v1/admin/events/{id}} and {@code POST
 * /v1/admin/events/{id}/redeliver}. Events are shown in their CloudEvents form.
 */
public final class EventsController implements Controller {

  private final KassaEvents events;

  public EventsController(KassaEvents events) {
    this.events = events;
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get("/v1/admin/events", RouteAccess.ADMIN, this::list)
        .get(
            "/v1/admin/events/{id}",
            RouteAccess.ADMIN,
            call ->
                call.ok(
                    EventResponse.from(
                        events.cloudEvents(), events.getEvent().execute(call.actor(), id(call)))))
        .post("/v1/admin/events/{id}/redeliver", RouteAccess.ADMIN, this::redeliver);
  }

  private void list(Call call) {
    var filter =
        new EventFilter(
            call.query("type", code(EventType::fromCode)).orElse(null),
            call.query("subject").orElse(null));
    var status = call.query("status", code(DeliveryStatus::fromCode)).orElse(null);
    call.okPage(
        events.listEvents().execute(call.actor(), filter, status, call.page()),
        view -> EventResponse.from(events.cloudEvents(), view));
  }

  private void redeliver(Call call) {
    var id = id(call);
    var command =
        call.optionalCommand(
                RedeliverRequest.class, (request, fields) -> request.toCommand(id, fields))
            .orElseGet(() -> new RedeliverEvent.Command(id, null));
    var result = events.redeliverEvent().execute(call.actor(), command);
    call.respond(
        202, EventResponse.redelivered(events.cloudEvents(), result.event(), result.subscribers()));
  }

  private static EventId id(Call call) {
    return call.pathId("id", "event", EventId::of);
  }

  private static <T> Function<String, T> code(Function<String, Optional<T>> fromCode) {
    return text ->
        fromCode.apply(text).orElseThrow(() -> new IllegalArgumentException("unknown " + text));
  }
}
