package dev.kassa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

/**
 * The data the scenarios need, made through the public API: an admin token, {@code users} customers
 * and {@code accounts} EUR checking accounts spread over them round-robin, each funded with {@code
 * initialBalance} minor units by one deposit. E-mails carry a run id, so a shared database can hold
 * several runs.
 */
record Fixture(String adminToken, List<Account> accounts, long initialBalance) {

  static final String CURRENCY = "EUR";
  private static final int SETUP_THREADS = 8;

  /** An account and the access token of its owner. */
  record Account(String id, String ownerToken) {}

  Fixture {
    accounts = List.copyOf(accounts);
  }

  static String logIn(Api api, String email, String password) throws Exception {
    var reply =
        api.post("/v1/auth/login", null, Map.of("email", email, "password", password), null);
    return reply.expect(200, "admin login").json().path("accessToken").asText();
  }

  static Fixture create(Api api, Options options) throws Exception {
    var adminToken = logIn(api, options.adminEmail(), options.adminPassword());
    var run = UUID.randomUUID().toString().substring(0, 8);
    var tokens = inParallel(options.users(), user -> register(api, run, user));
    var accounts =
        inParallel(
            options.accounts(),
            index -> open(api, tokens.get(index % tokens.size()), index, options.initialBalance()));
    return new Fixture(adminToken, accounts, options.initialBalance());
  }

  long expectedTotal() {
    return Math.multiplyExact(initialBalance, accounts.size());
  }

  static String register(Api api, String run, int user) throws Exception {
    var body =
        Map.of(
            "email", "bench-" + run + "-" + user + "@example.com",
            "password", "bench-" + run + "-password",
            "firstName", "Bench",
            "lastName", "User " + user);
    return api.post("/v1/auth/register", null, body, null)
        .expect(201, "register")
        .json()
        .path("accessToken")
        .asText();
  }

  static Account open(Api api, String token, int index, long initialBalance) throws Exception {
    var account =
        api.post(
            "/v1/accounts",
            token,
            Map.of("type", "checking", "currency", CURRENCY, "name", "bench " + index),
            null);
    var id = account.expect(201, "open account").json().path("id").asText();
    var deposit =
        Map.of(
            "accountId", id,
            "type", "deposit",
            "amount", initialBalance,
            "currency", CURRENCY,
            "description", "bench funding");
    api.post("/v1/transactions", token, deposit, UUID.randomUUID().toString())
        .expect(201, "deposit");
    return new Account(id, token);
  }

  /** Calls {@code task} for 0..count-1 on a few threads; the answers keep the index order. */
  static <T> List<T> inParallel(int count, IndexedTask<T> task) throws Exception {
    var jobs = new ArrayList<Callable<List<T>>>();
    int slice = (count + SETUP_THREADS - 1) / SETUP_THREADS;
    for (int from = 0; from < count; from += slice) {
      int start = from;
      int end = Math.min(count, from + slice);
      jobs.add(
          () -> {
            var out = new ArrayList<T>();
            for (int i = start; i < end; i++) {
              out.add(task.call(i));
            }
            return out;
          });
    }
    var all = new ArrayList<T>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (var future : executor.invokeAll(jobs)) {
        try {
          all.addAll(future.get());
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
    }
    return all;
  }

  @FunctionalInterface
  interface IndexedTask<T> {
    T call(int index) throws Exception;
  }
}
