package dev.kassa.domain.event;

import dev.kassa.domain.shared.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payload of an event as JSON values: strings, whole numbers (kept as {@code Long}), booleans,
 * null, and lists and objects of those. No floating point: money is minor units and a currency.
 */
public final class EventData {

  private EventData() {}

  /**
   * An unmodifiable deep copy of {@code data}, integers widened to {@code Long}.
   *
   * @throws IllegalArgumentException when a value is not a JSON value
   */
  public static Map<String, Object> copyOf(Map<String, ?> data) {
    if (data == null) {
      throw new IllegalArgumentException("data is required");
    }
    var copy = new LinkedHashMap<String, Object>();
    data.forEach(
        (key, value) -> {
          if (key == null) {
            throw new IllegalArgumentException("data keys must not be null");
          }
          copy.put(key, value(value));
        });
    return Collections.unmodifiableMap(copy);
  }

  /** An amount as event data: {@code amount} in minor units and {@code currency}. */
  public static Map<String, Object> money(Money money) {
    return money(money, "amount");
  }

  /** An amount under {@code key}, with its currency under {@code currency}. */
  public static Map<String, Object> money(Money money, String key) {
    var values = new LinkedHashMap<String, Object>();
    values.put(key, money.minor());
    values.put("currency", money.currency().getCurrencyCode());
    return values;
  }

  private static Object value(Object value) {
    return switch (value) {
      case null -> null;
      case String text -> text;
      case Long number -> number;
      case Integer number -> number.longValue();
      case Short number -> number.longValue();
      case Boolean flag -> flag;
      case Map<?, ?> map -> copyOf(stringKeys(map));
      case List<?> list -> list(list);
      default ->
          throw new IllegalArgumentException(
              "event data holds JSON values only, not " + value.getClass().getSimpleName());
    };
  }

  private static List<Object> list(List<?> list) {
    var copy = new ArrayList<Object>(list.size());
    list.forEach(item -> copy.add(value(item)));
    return Collections.unmodifiableList(copy);
  }

  private static Map<String, ?> stringKeys(Map<?, ?> map) {
    var keyed = new LinkedHashMap<String, Object>();
    map.forEach(
        (key, value) -> {
          if (!(key instanceof String text)) {
            throw new IllegalArgumentException("event data keys are strings");
          }
          keyed.put(text, value);
        });
    return keyed;
  }
}
