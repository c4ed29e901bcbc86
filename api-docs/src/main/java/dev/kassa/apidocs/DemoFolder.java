package dev.kassa.apidocs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The collection's first folder: the demo flow (sign up, log in, two accounts, a deposit, a
 * transfer, a statement, a purchase), run top to bottom with Postman's runner. Each step keeps what
 * the next ones need in collection variables: the tokens, the account ids, a product id.
 */
final class DemoFolder {

  static final List<String> CAPTURED =
      List.of(
          "email",
          "password",
          "accessToken",
          "refreshToken",
          "checkingId",
          "savingsId",
          "today",
          "productId");

  private DemoFolder() {}

  static ObjectNode folder() {
    ObjectNode folder =
        Requests.folder(
            "Demo flow",
            "Run this folder first, in order: it signs a new customer up and keeps the access token"
                + " in {{accessToken}}, which every other request sends. The purchase needs a"
                + " product in stock, made by an admin.");
    var items = folder.withArray("item");

    ObjectNode register =
        Requests.item("Sign up", "POST", "/v1/auth/register", List.of(), List.of());
    Requests.noAuth(register);
    Requests.beforeRequest(
        register,
        "pm.collectionVariables.set('email', 'demo-' + pm.variables.replaceIn('{{$guid}}') + '@example.com');",
        "pm.collectionVariables.set('password', 'demo-' + pm.variables.replaceIn('{{$guid}}'));");
    Requests.jsonBody(
        register,
        object(
            "email", "{{email}}",
            "password", "{{password}}",
            "firstName", "Ada",
            "lastName", "Lovelace"));
    expect(register, 201, keepTokens());
    items.add(register);

    ObjectNode login = Requests.item("Log in", "POST", "/v1/auth/login", List.of(), List.of());
    Requests.noAuth(login);
    Requests.jsonBody(login, object("email", "{{email}}", "password", "{{password}}"));
    expect(login, 200, keepTokens());
    items.add(login);

    items.add(openAccount("checking", "checkingId", "Everyday"));
    items.add(openAccount("savings", "savingsId", "Rainy day"));

    ObjectNode deposit =
        Requests.item("Deposit 250.00 EUR", "POST", "/v1/transactions", List.of(), List.of());
    idempotent(deposit);
    Requests.jsonBody(
        deposit,
        PostmanCollection.JSON
            .createObjectNode()
            .put("accountId", "{{checkingId}}")
            .put("type", "deposit")
            .put("amount", 25000)
            .put("currency", "EUR"));
    expect(deposit, 201);
    items.add(deposit);

    ObjectNode transfer =
        Requests.item(
            "Transfer 75.50 EUR to savings", "POST", "/v1/transfers", List.of(), List.of());
    idempotent(transfer);
    Requests.jsonBody(
        transfer,
        PostmanCollection.JSON
            .createObjectNode()
            .put("fromAccountId", "{{checkingId}}")
            .put("toAccountId", "{{savingsId}}")
            .put("amount", 7550)
            .put("currency", "EUR")
            .put("description", "Demo saving"));
    expect(transfer, 201);
    items.add(transfer);

    ObjectNode statement =
        Requests.item(
            "Today's statement of checking",
            "GET",
            "/v1/statements/{accountId}",
            List.<String[]>of(new String[] {"accountId", "{{checkingId}}"}),
            List.of(
                new String[] {"from", "{{today}}", "enabled"},
                new String[] {"to", "{{today}}", "enabled"}));
    Requests.beforeRequest(
        statement, "pm.collectionVariables.set('today', new Date().toISOString().slice(0, 10));");
    expect(statement, 200);
    items.add(statement);

    ObjectNode product =
        Requests.item(
            "Find a product in stock",
            "GET",
            "/v1/products",
            List.of(),
            List.of(
                new String[] {"inStock", "true", "enabled"},
                new String[] {"sort", "price", "enabled"},
                new String[] {"limit", "1", "enabled"}));
    Requests.noAuth(product);
    expect(product, 200, "pm.collectionVariables.set('productId', body.data[0].id);");
    items.add(product);

    ObjectNode purchase =
        Requests.item("Buy it, paid from checking", "POST", "/v1/purchases", List.of(), List.of());
    idempotent(purchase);
    Requests.jsonBody(
        purchase,
        PostmanCollection.JSON
            .createObjectNode()
            .put("productId", "{{productId}}")
            .put("quantity", 1)
            .put("accountId", "{{checkingId}}"));
    expect(purchase, 201);
    items.add(purchase);
    return folder;
  }

  private static ObjectNode openAccount(String type, String variable, String name) {
    ObjectNode open =
        Requests.item("Open a " + type + " account", "POST", "/v1/accounts", List.of(), List.of());
    Requests.jsonBody(open, object("type", type, "currency", "EUR", "name", name));
    expect(open, 201, "pm.collectionVariables.set('" + variable + "', body.id);");
    return open;
  }

  private static String[] keepTokens() {
    return new String[] {
      "pm.collectionVariables.set('accessToken', body.accessToken);",
      "pm.collectionVariables.set('refreshToken', body.refreshToken);"
    };
  }

  private static void idempotent(ObjectNode item) {
    Requests.header(
        item,
        "Idempotency-Key",
        "{{$guid}}",
        "A fresh key per request; send the same key again to retry safely.");
  }

  private static void expect(ObjectNode item, int status, String... captures) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "pm.test('answers " + status + "', () => pm.response.to.have.status(" + status + "));");
    if (captures.length > 0) {
      lines.add("const body = pm.response.json();");
      lines.addAll(List.of(captures));
    }
    Requests.afterResponse(item, lines.toArray(String[]::new));
  }

  private static ObjectNode object(String... keysAndValues) {
    ObjectNode object = PostmanCollection.JSON.createObjectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }
}
