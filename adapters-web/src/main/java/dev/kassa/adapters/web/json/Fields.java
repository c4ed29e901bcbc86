package dev.kassa.adapters.web.json;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Currencies;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.Uuids;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The problems of one request body, from binding its JSON to parsing its text fields into model
 * values to the command's own checks, each named as the client spelt it, reported once together.
 *
 * <p>A field that was refused is passed on as null (a number as 0), so the command still checks
 * every other field; what the command then says about a refused field only repeats it, and the
 * first problem of a field is the one reported.
 */
public final class Fields {

  /** Stands in for a refused currency, so that the amount beside it is still checked. */
  private static final Currency NO_CURRENCY = Currency.getInstance("XXX");

  private final ValidationException.Collector problems = new ValidationException.Collector();
  private final Set<String> refused = new HashSet<>();

  /** {@code raw} parsed by {@code parser}; null when absent, or refused with a problem noted. */
  public <T> T parse(String field, String raw, Function<String, T> parser) {
    if (raw == null) {
      return null;
    }
    try {
      return parser.apply(raw);
    } catch (ValidationException invalid) {
      problems.add(field, firstProblem(invalid));
      return null;
    }
  }

  /** An id given as a UUID string; a problem naming the field when it is not one. */
  public <T> T id(String field, String raw, Function<UUID, T> wrap) {
    return parse(field, raw, uuid(wrap));
  }

  public Currency currency(String raw) {
    return parse("currency", raw, Currencies::parse);
  }

  /**
   * {@code amount} minor units of the currency {@code currencyCode} names. When only the currency
   * is refused, the amount comes in a stand-in currency so that the command still checks it; the
   * command is then never returned, as the currency's problem is reported.
   */
  public Money money(Long amount, String currencyCode) {
    var currency = currency(currencyCode);
    if (amount == null) {
      return null;
    }
    if (currency == null) {
      return problems.isEmpty() ? null : Money.of(amount, NO_CURRENCY);
    }
    return Money.of(amount, currency);
  }

  /** A whole number for a primitive component: 0 when absent or refused (already reported). */
  public int number(Integer value) {
    return value == null ? 0 : value;
  }

  /**
   * A value checked by its own constructor (such as a product's details): its problems are noted,
   * and a null passed on as {@code name} is not reported again by the command.
   */
  public <T> T attempt(String name, Supplier<T> validated) {
    var value = problems.attempt(validated);
    if (value == null) {
      refused.add(name);
    }
    return value;
  }

  /**
   * Builds the command, adding its own problems to those found so far, and fails with all of them
   * when there are any.
   */
  public <T> T build(Supplier<T> command) {
    T built = null;
    try {
      built = command.get();
    } catch (ValidationException invalid) {
      invalid.problems().forEach(this::noteUnlessRefused);
    }
    problems.throwIfAny();
    return built;
  }

  /** Notes a problem of the JSON binding, such as a wrong type or a missing required field. */
  void add(String field, String problem) {
    problems.add(field, problem);
  }

  void addAll(ValidationException invalid) {
    invalid.problems().forEach(problems::add);
  }

  /** A strict UUID parser for ids, refusing the short forms {@link UUID#fromString} lets by. */
  public static <T> Function<String, T> uuid(Function<UUID, T> wrap) {
    return raw -> {
      var uuid = Uuids.parseOrNull(raw);
      if (uuid == null) {
        throw ValidationException.of("id", "must be a UUID");
      }
      return wrap.apply(uuid);
    };
  }

  private void noteUnlessRefused(String field, String problem) {
    if (!refused.contains(field)) {
      problems.add(field, problem);
    }
  }

  private static String firstProblem(ValidationException invalid) {
    return invalid.problems().values().stream().findFirst().orElse("has an invalid value");
  }
}
