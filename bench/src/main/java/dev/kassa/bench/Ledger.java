package dev.kassa.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Money conservation after the transfer runs, checked two ways: the server's own {@code GET
 * /v1/admin/ledger/verify}, and the bench's sum of its accounts' balances, which transfers between
 * them must leave unchanged. It also compares the new journal entries with the {@code 201}s seen.
 */
final class Ledger {

  /** What {@code /v1/admin/ledger/verify} answered. */
  record Verification(boolean ok, long accounts, long entries, List<String> problems) {
    Verification {
      problems = List.copyOf(problems);
    }
  }

  /** The checks, each as a line for the report, and whether all passed. */
  record Report(boolean passed, List<String> lines) {
    Report {
      lines = List.copyOf(lines);
    }
  }

  private Ledger() {}

  static Verification verify(Api api, String adminToken) throws Exception {
    var json = api.get("/v1/admin/ledger/verify", adminToken).expect(200, "ledger verify").json();
    var problems = new ArrayList<String>();
    json.path("problems").forEach(problem -> problems.add(problem.asText()));
    return new Verification(
        json.path("ok").asBoolean(false),
        json.path("checkedAccounts").asLong(),
        json.path("checkedEntries").asLong(),
        problems);
  }

  static Report check(Api api, Fixture fixture, Verification before, long created, long unknown)
      throws Exception {
    var after = verify(api, fixture.adminToken());
    var balances =
        Fixture.inParallel(
            fixture.accounts().size(),
            index -> balance(api, fixture.adminToken(), fixture.accounts().get(index).id()));
    long sum = balances.stream().mapToLong(Long::longValue).sum();
    long negative = balances.stream().filter(balance -> balance < 0).count();
    long newEntries = after.entries() - before.entries();
    var lines = new ArrayList<String>();
    boolean verified = after.ok();
    lines.add(
        "ledger verify: ok=%s, %d accounts, %d entries%s -> %s"
            .formatted(
                after.ok(),
                after.accounts(),
                after.entries(),
                after.problems().isEmpty() ? "" : ", problems " + after.problems(),
                pass(verified)));
    boolean conserved = sum == fixture.expectedTotal() && negative == 0;
    lines.add(
        "money: the %d bench accounts hold %d minor units, expected %d; %d below zero -> %s"
            .formatted(balances.size(), sum, fixture.expectedTotal(), negative, pass(conserved)));
    boolean counted = newEntries >= created && newEntries <= created + unknown;
    lines.add(
        "entries: %d new journal entries for %d transfers answered 201 (warm-ups included)%s -> %s"
            .formatted(
                newEntries,
                created,
                unknown == 0 ? "" : " (+ up to " + unknown + " with no answer or a 5xx)",
                pass(counted)));
    return new Report(verified && conserved && counted, lines);
  }

  private static long balance(Api api, String adminToken, String accountId) throws Exception {
    return api.get("/v1/accounts/" + accountId, adminToken)
        .expect(200, "read account")
        .json()
        .path("balance")
        .asLong();
  }

  private static String pass(boolean passed) {
    return passed ? "PASS" : "FAIL";
  }
}
