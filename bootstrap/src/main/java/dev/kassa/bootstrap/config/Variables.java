package dev.kassa.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed reads of environment variables that collect problems instead of failing on the first one. A
 * blank value counts as unset. Every read returns a usable fallback after recording a problem, so
 * parsing goes on and {@link #throwIfAny()} can report everything at once. Values of secrets are
 * never quoted in a problem.
 */
final class Variables {

  private static final int MAX_QUOTED = 60;

  private final Map<String, String> environment;
  private final List<String> problems = new ArrayList<>();
  private final SecureRandom random = new SecureRandom();

  Variables(Map<String, String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  Optional<String> get(String name) {
    var value = environment.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  boolean isSet(String name) {
    return get(name).isPresent();
  }

  void problem(String name, String what) {
    problems.add(name + " " + what);
  }

  int integer(String name, int fallback, int min, int max) {
    var text = get(name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      var value = Integer.parseInt(text.get());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    problem(
        name, "must be a whole number from " + min + " to " + max + ", was " + quote(text.get()));
    return fallback;
  }

  Duration positiveDuration(String name, Duration fallback) {
    var text = get(name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      var value = Duration.parse(text.get());
      if (value.isPositive()) {
        return value;
      }
    } catch (DateTimeParseException notADuration) {
      // reported below
    }
    problem(
        name,
        "must be a positive ISO-8601 duration such as PT15M or P30D, was " + quote(text.get()));
    return fallback;
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    var text = get(name);
    if (text.isEmpty()) {
      return fallback;
    }
    for (var constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text.get())) {
        return constant;
      }
    }
    var allowed =
        Arrays.stream(type.getEnumConstants())
            .map(constant -> constant.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    problem(name, "must be one of " + allowed + ", was " + quote(text.get()));
    return fallback;
  }

  /**
   * A key of at least {@code minBytes} UTF-8 bytes. When unset it is generated, unless {@code
   * requiredBecause} is present, which makes it a problem phrased with that reason.
   */
  Secret key(String name, int minBytes, Optional<String> requiredBecause) {
    var text = get(name);
    if (text.isPresent()) {
      var secret = Secret.of(text.get());
      if (secret.byteLength() >= minBytes) {
        return secret;
      }
      problem(name, "must be at least " + minBytes + " bytes, has " + secret.byteLength());
    } else {
      requiredBecause.ifPresent(reason -> problem(name, "is required " + reason));
    }
    return Secret.random(random);
  }

  Optional<Secret> secret(String name) {
    return get(name).map(Secret::of);
  }

  /**
   * A URL with a host and one of the {@code schemes}; {@code secret} URLs (which may carry
   * credentials) are not quoted in problems.
   */
  Optional<URI> url(String name, Set<String> schemes, boolean secret) {
    var text = get(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      var uri = new URI(text.get());
      if (uri.getScheme() != null
          && schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
          && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException notAUrl) {
      // reported below
    }
    var expected =
        schemes.stream().sorted().map(s -> s + "://").collect(Collectors.joining(" or "));
    problem(
        name,
        "must be a URL with a host starting with "
            + expected
            + (secret ? "" : ", was " + quote(text.get())));
    return Optional.empty();
  }

  /** The comma-separated entries of a list, stripped, without empty ones. */
  List<String> list(String name) {
    return get(name).stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .toList();
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
  }

  static String quote(String value) {
    return "'"
        + (value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "..." : value)
        + "'";
  }
}
