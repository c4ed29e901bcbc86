package dev.kassa.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;

/**
 * A fresh customer with one of every resource the API has an id for: a funded account, a second
 * account, a transfer between them, a transaction line and a card. The authorization and input
 * tests act on these, then check through {@link #snapshot} that nothing changed.
 */
public record Holdings(
    Caller owner,
    String account,
    String otherAccount,
    String transaction,
    String transfer,
    String card) {

  public static Holdings create(RunningKassa kassa) {
    var bank = kassa.bank();
    var owner = bank.register();
    var account = bank.fundedAccount(owner, 10_000);
    var other = bank.openAccount(owner);
    var transfer = bank.transfer(owner, account, other, 1_500).expect(201).get("id").asText();
    var transaction = bank.transactions(owner, "").at("/data/0/id").asText();
    var card =
        kassa
            .http()
            .post("/v1/cards")
            .as(owner)
            .json(Map.of("accountId", account, "type", "virtual"))
            .send()
            .expect(201)
            .get("id")
            .asText();
    return new Holdings(owner, account, other, transaction, transfer, card);
  }

  /**
   * The id that fills the path parameter of {@code template}, such as {@code /v1/accounts/{id}}.
   *
   * @throws AssertionError for a route these holdings know nothing about, so that a new route with
   *     an id cannot slip past the tests that go over every route
   */
  public String idFor(String template) {
    return switch (template) {
      case "/v1/account-holders/{id}" -> owner.id();
      case "/v1/accounts/{id}", "/v1/statements/{accountId}" -> account;
      case "/v1/transactions/{id}" -> transaction;
      case "/v1/transfers/{id}" -> transfer;
      case "/v1/cards/{id}" -> card;
      default ->
          throw new AssertionError(
              "No resource for " + template + ": teach Holdings.idFor and Holdings.create one");
    };
  }

  /** {@code template} with its path parameter filled in with {@code id}. */
  public static String path(String template, String id) {
    return template.replaceAll("\\{[^}]+}", id);
  }

  public static boolean hasId(String template) {
    return template.contains("{");
  }

  /** Everything the owner can read about themselves and their money, to compare before/after. */
  public JsonNode snapshot(KassaHttp http) {
    var snapshot = JsonNodeFactory.instance.objectNode();
    for (var list : new String[] {"accounts", "transactions", "transfers", "cards"}) {
      snapshot.set(list, http.get("/v1/" + list + "?limit=100").as(owner).send().expect(200));
    }
    snapshot.set("me", http.get("/v1/auth/me").as(owner).send().expect(200));
    return snapshot;
  }
}
