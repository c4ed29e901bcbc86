package dev.kassa.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;

/**
 * The steps of the banking story over HTTP, each asserting its documented success: register, log
 * in, open an account, deposit, transfer, read. Every user it makes is new, so tests sharing one
 * server never see each other's data. Amounts are in EUR cents.
 */
public final class Bank {

  public static final String CURRENCY = "EUR";

  private final KassaHttp http;

  public Bank(KassaHttp http) {
    this.http = http;
  }

  /** Registers a new customer with a fresh email and password. */
  public Caller register() {
    var email = "e2e-" + UUID.randomUUID() + "@example.com";
    var password = "pw-" + UUID.randomUUID();
    var body =
        http.post("/v1/auth/register")
            .json(
                Map.of(
                    "email", email, "password", password, "firstName", "Ada", "lastName", "Byron"))
            .send()
            .expect(201);
    return caller(body, password);
  }

  public Caller logIn(String email, String password) {
    var body =
        http.post("/v1/auth/login")
            .json(Map.of("email", email, "password", password))
            .send()
            .expect(200);
    return caller(body, password);
  }

  private static Caller caller(JsonNode auth, String password) {
    var user = auth.get("user");
    return new Caller(
        user.get("id").asText(),
        user.get("email").asText(),
        password,
        auth.get("accessToken").asText(),
        auth.get("refreshToken").asText());
  }

  /** Opens an empty EUR checking account; returns its id. */
  public String openAccount(Caller owner) {
    return http.post("/v1/accounts")
        .as(owner)
        .json(Map.of("type", "checking", "currency", CURRENCY))
        .send()
        .expect(201)
        .get("id")
        .asText();
  }

  /** Deposits cash; returns the transaction line. */
  public JsonNode deposit(Caller owner, String accountId, long cents) {
    return http.post("/v1/transactions")
        .as(owner)
        .json(
            Map.of(
                "accountId", accountId, "type", "deposit", "amount", cents, "currency", CURRENCY))
        .send()
        .expect(201);
  }

  /** An account funded with {@code cents}; returns its id. */
  public String fundedAccount(Caller owner, long cents) {
    var id = openAccount(owner);
    deposit(owner, id, cents);
    return id;
  }

  /** Asks for a transfer; the caller checks the reply. */
  public Reply transfer(Caller sender, String from, String to, long cents) {
    return transferRequest(sender, from, to, cents).send();
  }

  public KassaHttp.Request transferRequest(Caller sender, String from, String to, long cents) {
    return http.post("/v1/transfers")
        .as(sender)
        .json(
            Map.of(
                "fromAccountId", from, "toAccountId", to, "amount", cents, "currency", CURRENCY));
  }

  public JsonNode account(Caller reader, String accountId) {
    return http.get("/v1/accounts/" + accountId).as(reader).send().expect(200);
  }

  public long balance(Caller reader, String accountId) {
    return account(reader, accountId).get("balance").asLong();
  }

  /** The first page (up to 100 lines) of the caller's transaction log, newest first. */
  public JsonNode transactions(Caller reader, String query) {
    var separator = query.isEmpty() ? "" : "&";
    return http.get("/v1/transactions?limit=100" + separator + query).as(reader).send().expect(200);
  }
}
