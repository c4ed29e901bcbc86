package dev.kassa.bench;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a running Kassa server on 127.0.0.1 with the scenarios of {@code bench/README.md}, checks
 * that the transfers conserved money and the purchases stock, and prints a results table and the
 * summary of ratios. Exits 0 when every check passed, 1 when one failed, 2 on bad options.
 */
public final class Bench {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Api api;
  private final Options options;
  private final PrintStream out;
  private final List<Result> results = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final DbStats database;
  private List<Double> coldWindows = List.of();

  private Bench(Api api, Options options, DbStats database, PrintStream out) {
    this.api = api;
    this.options = options;
    this.database = database;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args, System.getenv());
    } catch (IllegalArgumentException wrong) {
      System.err.println("bench: " + wrong.getMessage());
      System.exit(2);
      return;
    }
    boolean passed;
    try (var api = new Api(options.baseUrl(), options.requestTimeout());
        var database = DbStats.open(options.probes())) {
      passed = new Bench(api, options, database, System.out).run();
    }
    System.exit(passed ? 0 : 1);
  }

  private boolean run() throws Exception {
    boolean passed = true;
    if (options.runs("health")) {
      measure("health/live", options.concurrency(), Scenarios.live(api));
    }
    Fixture fixture = null;
    if (options.runs("accounts") || options.runs("transfers") || options.runs("cold-start")) {
      log(
          "setting up %d users and %d accounts of %d minor units each"
              .formatted(options.users(), options.accounts(), options.initialBalance()));
      fixture = Fixture.create(api, options);
    }
    if (options.runs("accounts")) {
      measure("accounts/read", options.concurrency(), Scenarios.readAccount(api, fixture));
    }
    if (options.runs("transfers")) {
      passed = transfers(fixture);
    }
    if (options.runs("products")) {
      products();
    }
    if (options.runs("hot-product")) {
      passed &= hotProduct();
    }
    if (options.runs("cold-start")) {
      passed &= coldStart(fixture);
    }
    out.println();
    ResultsTable.print(results, out);
    notes.forEach(note -> out.println("- " + note));
    new Summary(new Runs(results), options, coldWindows, database.statementsUnavailable())
        .print(out);
    return passed;
  }

  private boolean transfers(Fixture fixture) throws Exception {
    var before = Ledger.verify(api, fixture.adminToken());
    var outcomes = new Outcomes();
    for (int level : options.transferConcurrency()) {
      var transfer = Scenarios.transfer(api, fixture, options.maxAmount(), false);
      measure("transfers", level, outcomes.counting(transfer));
      noteEventBacklog("transfers", level);
    }
    for (int level : options.idempotentConcurrency()) {
      var transfer = Scenarios.transfer(api, fixture, options.maxAmount(), true);
      measure("transfers+idem-key", level, outcomes.counting(transfer));
      noteEventBacklog("transfers+idem-key", level);
    }
    log("checking money conservation");
    var report = Ledger.check(api, fixture, before, outcomes.created(), outcomes.unknown());
    notes.addAll(report.lines());
    return report.passed();
  }

  /** Notes whether the server's event workers kept up with the run just measured. */
  private void noteEventBacklog(String scenario, int concurrency) {
    database
        .eventBacklog()
        .ifPresent(
            backlog -> notes.add("after %s at %d: %s".formatted(scenario, concurrency, backlog)));
  }

  private void products() throws Exception {
    var unavailable = Catalog.unavailable(api);
    if (unavailable.isPresent()) {
      notes.add("products skipped: " + unavailable.get());
      return;
    }
    log("creating %d products".formatted(options.products()));
    int pages = Catalog.seed(api, loginAdmin(), options.products());
    measure("products/list", options.concurrency(), Scenarios.listProducts(api, pages));
  }

  private boolean hotProduct() throws Exception {
    log("setting up %d buyers of one product".formatted(options.buyers()));
    var report = HotProduct.run(api, loginAdmin(), options.buyers(), this::measure);
    notes.addAll(report.lines());
    return report.passed();
  }

  private boolean coldStart(Fixture fixture) throws Exception {
    var cold = options.cold();
    if (cold.baseUrl() == null) {
      notes.add("cold-start skipped: no freshly started server (--cold-base-url)");
      return true;
    }
    log(
        "cold start: transfers at concurrency %d on a fresh server for %d s"
            .formatted(cold.concurrency(), cold.seconds()));
    var run = ColdStart.measure(api, options, fixture);
    coldWindows = run.windows();
    run.report().lines().forEach(line -> notes.add("after the cold start, " + line));
    return run.report().passed();
  }

  private String loginAdmin() throws Exception {
    return Fixture.logIn(api, options.adminEmail(), options.adminPassword());
  }

  private void measure(String scenario, int concurrency, Load.Request request)
      throws InterruptedException {
    log(
        "%s at concurrency %d: %d s warm-up, %d s measured"
            .formatted(
                scenario,
                concurrency,
                options.warmup().toSeconds(),
                options.duration().toSeconds()));
    var plan =
        new Load.Plan(
            scenario,
            concurrency,
            options.warmup(),
            options.duration(),
            options.maxRequestsPerRun());
    var kassa = options.probes().kassa();
    results.add(Load.run(plan, options.requestTimeout(), kassa, database, request));
  }

  private void log(String message) {
    out.println("[" + CLOCK.format(LocalTime.now(ZoneId.systemDefault())) + "] " + message);
  }
}
