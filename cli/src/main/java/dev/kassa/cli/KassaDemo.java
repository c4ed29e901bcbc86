package dev.kassa.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/kassa-demo}: the demo flow of Kassa (sign up, log in, open two accounts, deposit,
 * transfer, statement, buy a product) over HTTP against a running server. Without {@code --script}
 * it asks for the base URL and the demo's values; with it, it runs the JSON steps of that file and
 * stops at the first failed step with a non-zero exit code.
 */
@Command(
    name = "kassa-demo",
    mixinStandardHelpOptions = true,
    version = "kassa-demo 0.1.0",
    description =
        "Runs the Kassa demo flow against a running Kassa, interactively or from a script.")
public final class KassaDemo implements Callable<Integer> {

  static final String BUNDLED_SCRIPT = "demo-steps.json";
  static final int FAILED_STEP = 1;
  static final int BAD_SCRIPT = 2;

  @Option(
      names = {"-u", "--base-url"},
      description = "Kassa's base URL (asked for in interactive mode; default ${DEFAULT-VALUE}).",
      defaultValue = "http://localhost:8080")
  private String baseUrl;

  @Option(
      names = {"-s", "--script"},
      description = "Run the steps of this JSON file without asking anything.")
  private Path script;

  @Option(
      names = {"-v", "--var"},
      description = "Set a script input, e.g. --var email=ada@example.com (repeatable).")
  private Map<String, String> vars = new LinkedHashMap<>();

  private final BufferedReader in;
  private final PrintWriter out;
  private final Clock clock;
  private final ObjectMapper json =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  KassaDemo(BufferedReader in, PrintWriter out, Clock clock) {
    this.in = in;
    this.out = out;
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(run(System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8), args));
  }

  /** Runs the command line; answers the process's exit code. */
  public static int run(InputStream stdin, PrintWriter out, String... args) {
    var reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    var command = new CommandLine(new KassaDemo(reader, out, Clock.systemUTC()));
    command.setOut(out);
    command.setErr(out);
    return command.execute(args);
  }

  @Override
  public Integer call() {
    boolean interactive = script == null;
    try {
      Script steps = interactive ? bundledScript() : readScript(script);
      Prompter prompter = new Prompter(in, out);
      if (interactive) {
        out.println("Kassa demo: press Enter to take the value in brackets.");
        baseUrl = prompter.ask("Kassa base URL", baseUrl);
      }
      Variables variables = new Variables(clock);
      for (Input input : steps.inputs()) {
        String typed =
            vars.containsKey(input.name())
                ? vars.get(input.name())
                : interactive
                    ? prompter.ask(input.prompt(), defaultOf(input, variables))
                    : defaultOf(input, variables);
        store(input, typed, variables);
      }
      var client = new KassaClient(baseUri(baseUrl), json);
      return new ScriptRun(client, variables, out).run(steps) ? 0 : FAILED_STEP;
    } catch (ScriptException e) {
      out.println("kassa-demo: " + e.getMessage());
      out.flush();
      return BAD_SCRIPT;
    }
  }

  private static URI baseUri(String typed) {
    try {
      URI uri = URI.create(typed.endsWith("/") ? typed : typed + "/");
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new ScriptException("the base URL must start with http:// or https://, not " + typed);
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ScriptException("'" + typed + "' is not a URL", e);
    }
  }

  private static String defaultOf(Input input, Variables variables) {
    return input.defaultValue() == null ? null : variables.resolve(input.defaultValue());
  }

  private static void store(Input input, String typed, Variables variables) {
    if (typed == null) {
      throw new ScriptException("input '" + input.name() + "' has no value and no default");
    }
    if (input.isAmount()) {
      long minor = Amounts.toMinorUnits(typed, variables.resolve(input.currency()));
      variables.put(input.name(), com.fasterxml.jackson.databind.node.LongNode.valueOf(minor));
      variables.put(
          input.name() + "Text", Amounts.format(minor, variables.resolve(input.currency())));
    } else {
      variables.put(input.name(), typed);
    }
  }

  private Script readScript(Path file) {
    try {
      return json.readValue(Files.readString(file), Script.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ScriptException("cannot read the script " + file + ": " + e.getMessage(), e);
    }
  }

  private Script bundledScript() {
    try (InputStream bundled = KassaDemo.class.getResourceAsStream(BUNDLED_SCRIPT)) {
      return json.readValue(bundled, Script.class);
    } catch (IOException e) {
      throw new ScriptException("the bundled demo script cannot be read", e);
    }
  }
}
