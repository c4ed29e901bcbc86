package dev.kassa.domain.webhook;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.event.EventType;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The event types an endpoint takes: type codes, or {@code *} for every type. */
public record EndpointEvents(Set<String> codes) {

  public static final String ALL = "*";

  public EndpointEvents {
    if (codes == null || codes.isEmpty()) {
      throw ValidationException.of("events", "name at least one event type, or *");
    }
    for (var code : codes) {
      if (!ALL.equals(code) && EventType.fromCode(code).isEmpty()) {
        throw ValidationException.of("events", "unknown event type: " + code);
      }
    }
    codes = Collections.unmodifiableSet(new TreeSet<>(codes));
  }

  public static EndpointEvents of(List<String> codes) {
    if (codes == null || codes.stream().anyMatch(Objects::isNull)) {
      throw ValidationException.of("events", "name at least one event type, or *");
    }
    return new EndpointEvents(Set.copyOf(codes));
  }

  public boolean matches(EventType type) {
    return codes.contains(ALL) || codes.contains(type.code());
  }
}
