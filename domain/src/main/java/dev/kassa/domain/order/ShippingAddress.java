package dev.kassa.domain.order;

import dev.kassa.domain.error.ValidationException;
import java.util.Locale;
import java.util.Set;

/**
 * Where an order goes: a name, one or two address lines, an optional postal code (not every country
 * has them), a city and the country as an ISO 3166-1 alpha-2 code, checked against the JDK's list.
 * Every field is trimmed; a blank optional field is absent. Every bad field is reported at once,
 * named {@code shippingAddress.<field>}.
 */
public record ShippingAddress(
    String name, String line1, String line2, String postalCode, String city, String country) {

  public static final int MAX_NAME = 200;
  public static final int MAX_LINE = 200;
  public static final int MAX_POSTAL_CODE = 20;
  public static final int MAX_CITY = 100;

  private static final String FIELD = "shippingAddress.";
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public ShippingAddress {
    name = trimmed(name);
    line1 = trimmed(line1);
    line2 = trimmed(line2);
    postalCode = trimmed(postalCode);
    city = trimmed(city);
    country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    var problems = new ValidationException.Collector();
    required(problems, "name", name, MAX_NAME);
    required(problems, "line1", line1, MAX_LINE);
    bounded(problems, "line2", line2, MAX_LINE);
    bounded(problems, "postalCode", postalCode, MAX_POSTAL_CODE);
    required(problems, "city", city, MAX_CITY);
    problems.require(country, FIELD + "country");
    problems.check(
        country == null || COUNTRIES.contains(country),
        FIELD + "country",
        "must be an ISO 3166-1 alpha-2 country code");
    problems.throwIfAny();
  }

  private static void required(
      ValidationException.Collector problems, String field, String value, int max) {
    problems.require(value, FIELD + field);
    bounded(problems, field, value, max);
  }

  private static void bounded(
      ValidationException.Collector problems, String field, String value, int max) {
    problems.check(
        value == null || value.length() <= max,
        FIELD + field,
        "must be at most " + max + " characters");
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
