package dev.kassa.adapters.web.json;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Currencies;
import dev.kassa.domain.shared.Uuids;
import java.util.Currency;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Parses the text fields of one request body into model values, collecting the problems of every
 * field (each named as the client spelt it) before failing once with all of them.
 */
public final class Fields {

  private final ValidationException.Collector problems = new ValidationException.Collector();

  /** {@code raw} parsed by {@code parser}; null, with a problem noted, when it refuses it. */
  public <T> T parse(String field, String raw, Function<String, T> parser) {
    try {
      return parser.apply(raw);
    } catch (ValidationException refused) {
      problems.add(field, firstProblem(refused));
      return null;
    }
  }

  /** An id given as a UUID string; {@code 400} naming the field when it is not one. */
  public <T> T id(String field, String raw, Function<UUID, T> wrap) {
    return parse(field, raw, uuid(wrap));
  }

  public Currency currency(String raw) {
    return parse("currency", raw, Currencies::parse);
  }

  /** Builds the command once every field parsed; the command may still refuse the combination. */
  public <T> T build(Supplier<T> command) {
    problems.throwIfAny();
    return command.get();
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

  private static String firstProblem(ValidationException refused) {
    return refused.problems().values().stream().findFirst().orElse("has an invalid value");
  }
}
