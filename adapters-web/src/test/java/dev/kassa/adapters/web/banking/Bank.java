package dev.kassa.adapters.web.banking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kassa.adapters.web.support.LiveKassa;
import dev.kassa.adapters.web.support.TestApi;
import dev.kassa.adapters.web.testing.OpenApiContract;
import dev.kassa.application.Kassa;
import dev.kassa.application.auth.AuthResult;
import dev.kassa.application.auth.LogIn;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The banking controllers over the real application, with a client that checks every response it
 * receives against the OpenAPI document, and shortcuts to set up accounts and money.
 */
final class Bank implements AutoCloseable {

  private static final OpenApiContract CONTRACT = OpenApiContract.fromClasspath();

  private final LiveKassa live;

  private Bank(LiveKassa live) {
    this.live = live;
  }

  static Bank start() {
    return new Bank(
        LiveKassa.start(
            kassa ->
                List.of(
                    new AccountsController(
                        kassa.openAccount(),
                        kassa.listAccounts(),
                        kassa.getAccount(),
                        kassa.updateAccount(),
                        kassa.closeAccount()),
                    new TransactionsController(
                        kassa.postCashTransaction(),
                        kassa.listTransactions(),
                        kassa.getTransaction()),
                    new TransfersController(
                        kassa.transferMoney(), kassa.listTransfers(), kassa.getTransfer()),
                    new CardsController(
                        kassa.issueCard(),
                        kassa.listCards(),
                        kassa.getCard(),
                        kassa.updateCardStatus()),
                    new StatementsController(kassa.getStatement(), kassa.getBalance()))));
  }

  /**
   * The declared routes, as {@code "METHOD /path"}, that the OpenAPI document does not describe.
   */
  List<String> undocumentedRoutes() {
    return CONTRACT.undocumented(live.api().api().routes());
  }

  List<String> routes() {
    return live.api().api().routes().stream()
        .map(route -> route.method() + " " + route.path())
        .toList();
  }

  Kassa kassa() {
    return live.kassa();
  }

  MutableClock clock() {
    return live.clock();
  }

  AuthResult customer() {
    return live.customer();
  }

  AuthResult admin() {
    return live.admin();
  }

  /** A fresh token for {@code user}, for after the clock has moved past the old one's life. */
  AuthResult logInAgain(AuthResult user) {
    return kassa()
        .logIn()
        .execute(new LogIn.Command(user.user().email().value(), LiveKassa.PASSWORD, null));
  }

  HttpResponse<String> get(AuthResult user, String path, String... headers) {
    return send("GET", path, null, with(user, headers));
  }

  HttpResponse<String> post(AuthResult user, String path, String json, String... headers) {
    return send("POST", path, json, with(user, headers));
  }

  HttpResponse<String> patch(AuthResult user, String path, String json) {
    return send("PATCH", path, json, with(user));
  }

  HttpResponse<String> delete(AuthResult user, String path) {
    return send("DELETE", path, null, with(user));
  }

  /**
   * Any request with the given headers (name, value, ...); a body declared as JSON unless the
   * headers say otherwise, when {@code json} is not null.
   */
  HttpResponse<String> send(String method, String path, String json, String... headers) {
    return live.send(method, path, json, headers);
  }

  private static String[] with(AuthResult user, String... headers) {
    var all = new ArrayList<>(Arrays.asList(LiveKassa.bearer(user)));
    all.addAll(Arrays.asList(headers));
    return all.toArray(String[]::new);
  }

  String openAccount(AuthResult user, String currency) {
    var response =
        post(
            user,
            "/v1/accounts",
            "{\"type\": \"checking\", \"currency\": \"%s\"}".formatted(currency));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("id").asText();
  }

  JsonNode deposit(AuthResult user, String accountId, long amount, String currency) {
    return cash(user, accountId, "deposit", amount, currency);
  }

  JsonNode withdraw(AuthResult user, String accountId, long amount, String currency) {
    return cash(user, accountId, "withdrawal", amount, currency);
  }

  private JsonNode cash(AuthResult user, String account, String type, long amount, String code) {
    var response =
        post(
            user,
            "/v1/transactions",
            """
            {"accountId": "%s", "type": "%s", "amount": %d, "currency": "%s"}
            """
                .formatted(account, type, amount, code));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response);
  }

  /** The account as stored, read behind the API's back. */
  Account account(String id) {
    return kassa().storage().accounts().find(AccountId.of(id)).orElseThrow();
  }

  long balance(String accountId) {
    return account(accountId).balance();
  }

  /** Everything the banking routes can change for these users, to show that nothing did. */
  Snapshot snapshot(AuthResult... users) {
    var storage = kassa().storage();
    var everything = PageRequest.first(PageRequest.MAX_LIMIT);
    var accounts = new ArrayList<Account>();
    var cards = new ArrayList<Card>();
    long lines = 0;
    long transfers = 0;
    for (var user : users) {
      UserId owner = user.user().id();
      accounts.addAll(storage.accounts().pageByOwner(owner, everything).items());
      cards.addAll(storage.cards().pageByOwner(owner, everything).items());
      lines += storage.ledger().transactions(TransactionFilter.ofOwner(owner), everything).total();
      transfers += storage.transfers().pageInvolving(owner, everything).total();
    }
    return new Snapshot(List.copyOf(accounts), List.copyOf(cards), lines, transfers);
  }

  record Snapshot(List<Account> accounts, List<Card> cards, long lines, long transfers) {}

  static JsonNode json(HttpResponse<String> response) {
    return TestApi.json(response);
  }

  @Override
  public void close() {
    live.close();
  }
}
