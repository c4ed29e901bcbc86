package dev.kassa.adapters.web.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kassa.adapters.web.error.ApiException;
import dev.kassa.adapters.web.error.ErrorCode;
import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Json;
import dev.kassa.adapters.web.json.JsonBodies;
import dev.kassa.domain.error.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random bytes bound as each request record of the API and made into its command, the way a route
 * does it: the only failures that may come out are {@code malformed_json} and {@code
 * validation_failed}, never an exception that would be a 500. The records are found on the class
 * path (every record with a {@code toCommand(Fields, ...)}), so a new one is fuzzed too.
 *
 * <p>The build runs it with {@code JAZZER_FUZZ=1} (see this module's pom): the seeds in {@code
 * RequestBindingFuzzTestInputs} first, then five seconds of coverage-guided fuzzing, offline. Run
 * without that variable (from an IDE), it replays the seeds only.
 */
class RequestBindingFuzzTest {

  private static final JsonBodies BODIES = new JsonBodies(Json.strictMapper());
  private static final List<Method> TO_COMMAND = requestRecords();

  @Test
  void everyRequestRecordWithACommandIsFuzzed() {
    assertThat(TO_COMMAND)
        .extracting(method -> method.getDeclaringClass().getSimpleName())
        .contains("CreateTransactionRequest", "RegisterRequest", "CheckoutRequest");
  }

  @FuzzTest(maxDuration = "5s")
  void bindingAnyBytesGivesACommandOrAClientError(FuzzedDataProvider data) {
    var toCommand = TO_COMMAND.get(data.consumeInt(0, TO_COMMAND.size() - 1));
    var body = data.consumeRemainingAsBytes();
    try {
      var tree = BODIES.tree(body);
      var fields = new Fields();
      var request = BODIES.bind(tree, toCommand.getDeclaringClass(), fields);
      fields.build(() -> request == null ? null : invoke(toCommand, request, fields));
    } catch (ValidationException refused) {
      assertThat(refused.problems()).isNotEmpty();
    } catch (ApiException malformed) {
      assertThat(malformed.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    }
  }

  private static Object invoke(Method toCommand, Object request, Fields fields) {
    var arguments = new Object[toCommand.getParameterCount()];
    arguments[0] = fields;
    Arrays.fill(arguments, 1, arguments.length, "127.0.0.1");
    try {
      return toCommand.invoke(request, arguments);
    } catch (InvocationTargetException thrown) {
      if (thrown.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new AssertionError(thrown.getCause());
    } catch (IllegalAccessException unreachable) {
      throw new AssertionError(unreachable);
    }
  }

  private static List<Method> requestRecords() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kassa.adapters.web")
            .stream()
            .filter(type -> type.isRecord())
            .map(type -> type.reflect())
            .flatMap(type -> Arrays.stream(type.getMethods()))
            .filter(method -> method.getName().equals("toCommand"))
            .filter(method -> method.getParameterTypes()[0] == Fields.class)
            .filter(
                method ->
                    Arrays.stream(method.getParameterTypes())
                        .skip(1)
                        .allMatch(String.class::equals))
            .sorted(Comparator.comparing(method -> method.getDeclaringClass().getName()))
            .toList();
  }
}
