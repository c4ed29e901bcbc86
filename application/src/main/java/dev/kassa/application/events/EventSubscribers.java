package dev.kassa.application.events;

import dev.kassa.domain.event.EventDelivery;
import dev.kassa.domain.event.EventType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The subscribers of this process, each under a unique name. */
public record EventSubscribers(List<EventSubscriber> all) {

  public EventSubscribers {
    all = List.copyOf(all);
    var names = new HashSet<String>();
    for (var subscriber : all) {
      var name = subscriber.name();
      if (name.isBlank() || name.length() > EventDelivery.MAX_SUBSCRIBER_LENGTH) {
        throw new IllegalArgumentException("a subscriber name is 1 to 64 chars: " + name);
      }
      if (!names.add(name)) {
        throw new IllegalArgumentException("two subscribers are named " + name);
      }
    }
  }

  public static EventSubscribers of(EventSubscriber... subscribers) {
    return new EventSubscribers(List.of(subscribers));
  }

  /** The names of the subscribers that take events of {@code type}. */
  public List<String> namesFor(EventType type) {
    return all.stream().filter(s -> s.accepts(type)).map(EventSubscriber::name).toList();
  }

  public Optional<EventSubscriber> named(String name) {
    return all.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
