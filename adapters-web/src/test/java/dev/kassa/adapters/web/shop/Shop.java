package dev.kassa.adapters.web.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kassa.adapters.web.KassaControllers;
import dev.kassa.adapters.web.support.FakeGateway;
import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.application.Kassa;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.cart.Cart;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.order.OrderQuery;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.PageRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Every controller of the API over the real application, with a client that checks each response
 * against the OpenAPI document, and shortcuts to stock the catalog, fund accounts and fill carts.
 */
final class Shop implements AutoCloseable {

  private static final OpenApiContract CONTRACT = OpenApiContract.fromClasspath();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LiveKassa live;

  private Shop(LiveKassa live) {
    this.live = live;
  }

  static Shop start() {
    return new Shop(
        LiveKassa.start(kassa -> KassaControllers.all(kassa, TestApi.settings(), Map.of())));
  }

  Kassa kassa() {
    return live.kassa();
  }

  MutableClock clock() {
    return live.clock();
  }

  FakeGateway gateway() {
    return live.gateway();
  }

  List<String> routes() {
    return live.api().api().routes().stream()
        .map(route -> route.method() + " " + route.path())
        .toList();
  }

  List<String> undocumentedRoutes() {
    return CONTRACT.undocumented(live.api().api().routes());
  }

  AuthResult customer() {
    return live.customer();
  }

  AuthResult admin() {
    return live.admin();
  }

  HttpResponse<String> get(AuthResult user, String path, String... headers) {
    return send("GET", path, null, with(user, headers));
  }

  HttpResponse<String> post(AuthResult user, String path, Object body, String... headers) {
    return send("POST", path, write(body), with(user, headers));
  }

  HttpResponse<String> put(AuthResult user, String path, Object body) {
    return send("PUT", path, write(body), with(user));
  }

  HttpResponse<String> patch(AuthResult user, String path, Object body) {
    return send("PATCH", path, write(body), with(user));
  }

  HttpResponse<String> delete(AuthResult user, String path) {
    return send("DELETE", path, null, with(user));
  }

  /**
   * Any request with the given headers (name, value, ...); a body declared as JSON unless the
   * headers say otherwise, when {@code json} is not null. Checks the response against the document.
   */
  HttpResponse<String> send(String method, String path, String json, String... headers) {
    return live.send(method, path, json, headers);
  }

  private static String[] with(AuthResult user, String... headers) {
    var all = new ArrayList<String>();
    if (user != null) {
      all.addAll(Arrays.asList(LiveKassa.bearer(user)));
    }
    all.addAll(Arrays.asList(headers));
    return all.toArray(String[]::new);
  }

  static String write(Object body) {
    if (body == null || body instanceof String) {
      return (String) body;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalArgumentException(unwritable);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return TestApi.json(response);
  }

  static JsonNode expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return status == 204 ? null : json(response);
  }

  /** A valid create-product body, open to changes. */
  static Map<String, Object> productBody(String name, long price, String currency, int stock) {
    var body = new LinkedHashMap<String, Object>();
    body.put("sku", "SKU-" + UUID.randomUUID());
    body.put("name", name);
    body.put("description", "A fine " + name.toLowerCase(Locale.ROOT));
    body.put("price", price);
    body.put("currency", currency);
    body.put("category", "things");
    body.put("stock", stock);
    body.put("imageUrls", List.of("https://img.example.com/" + name.replace(' ', '-') + ".png"));
    return body;
  }

  /** Creates an active product through the API; returns it. */
  JsonNode product(AuthResult admin, Map<String, Object> body) {
    return expect(post(admin, "/v1/products", body), 201);
  }

  /** Creates an active EUR product with a fresh admin; returns its id. */
  String product(String name, long price, int stock) {
    return product(admin(), productBody(name, price, "EUR", stock)).get("id").asText();
  }

  /** An account of {@code user} in {@code currency} holding {@code amount}; returns its id. */
  String fundedAccount(AuthResult user, String currency, long amount) {
    var account =
        expect(post(user, "/v1/accounts", Map.of("type", "checking", "currency", currency)), 201);
    var id = account.get("id").asText();
    if (amount > 0) {
      expect(
          post(
              user,
              "/v1/transactions",
              Map.of("accountId", id, "type", "deposit", "amount", amount, "currency", currency)),
          201);
    }
    return id;
  }

  JsonNode addToCart(AuthResult user, String productId, int quantity) {
    return expect(
        post(user, "/v1/cart/items", Map.of("productId", productId, "quantity", quantity)), 201);
  }

  HttpResponse<String> checkout(AuthResult user, String accountId, String... headers) {
    return post(
        user,
        "/v1/checkout",
        Map.of("paymentMethod", Map.of("type", "account", "accountId", accountId)),
        headers);
  }

  HttpResponse<String> checkoutWith(
      AuthResult user, Map<String, ?> paymentMethod, String... headers) {
    return post(user, "/v1/checkout", Map.of("paymentMethod", paymentMethod), headers);
  }

  /** A debit card of {@code user} on {@code accountId}, through the API; returns its id. */
  String card(AuthResult user, String accountId) {
    var card = post(user, "/v1/cards", Map.of("accountId", accountId, "type", "debit"));
    return expect(card, 201).get("id").asText();
  }

  /** The product as stored, read behind the API's back. */
  Product stored(String productId) {
    return kassa().storage().products().find(ProductId.of(productId)).orElseThrow();
  }

  int stock(String productId) {
    return stored(productId).stock();
  }

  long balance(String accountId) {
    return kassa().storage().accounts().find(AccountId.of(accountId)).orElseThrow().balance();
  }

  long availableBalance(String accountId) {
    return kassa()
        .storage()
        .accounts()
        .find(AccountId.of(accountId))
        .orElseThrow()
        .availableBalance()
        .minor();
  }

  Cart cart(AuthResult user) {
    return kassa().storage().carts().get(user.user().id());
  }

  /** What a sale or a refused sale could change for {@code user}, to show that nothing did. */
  State state(AuthResult user, String accountId, String... productIds) {
    var storage = kassa().storage();
    var stocks = Arrays.stream(productIds).map(this::stock).toList();
    var everything = PageRequest.first(PageRequest.MAX_LIMIT);
    var orders = storage.orders().page(new OrderQuery(user.user().id(), null, null), everything);
    var lines =
        storage.ledger().transactions(TransactionFilter.ofOwner(user.user().id()), everything);
    return new State(stocks, balance(accountId), cart(user), orders.total(), lines.total());
  }

  record State(List<Integer> stocks, long balance, Cart cart, long orders, long lines) {}

  @Override
  public void close() {
    live.close();
  }
}
