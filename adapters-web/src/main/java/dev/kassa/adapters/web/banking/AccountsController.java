package dev.kassa.adapters.web.banking;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.adapters.web.json.Fields;
import dev.kassa.application.accounts.CloseAccount;
import dev.kassa.application.accounts.GetAccount;
import dev.kassa.application.accounts.ListAccounts;
import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.application.accounts.UpdateAccount;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.user.UserId;

/** {@code /v1/accounts}: open, list, read, rename or freeze, and close accounts. */
public final class AccountsController implements Controller {

  private static final String ACCOUNT = "/v1/accounts/{id}";

  private final OpenAccount openAccount;
  private final ListAccounts listAccounts;
  private final GetAccount getAccount;
  private final UpdateAccount updateAccount;
  private final CloseAccount closeAccount;

  public AccountsController(
      OpenAccount openAccount,
      ListAccounts listAccounts,
      GetAccount getAccount,
      UpdateAccount updateAccount,
      CloseAccount closeAccount) {
    this.openAccount = openAccount;
    this.listAccounts = listAccounts;
    this.getAccount = getAccount;
    this.updateAccount = updateAccount;
    this.closeAccount = closeAccount;
  }

  @Override
  public void routes(Routes routes) {
    routes
        .post("/v1/accounts", RouteAccess.USER, this::open)
        .get("/v1/accounts", RouteAccess.USER, this::list)
        .get(ACCOUNT, RouteAccess.USER, this::get)
        .patch(ACCOUNT, RouteAccess.USER, this::update)
        .delete(ACCOUNT, RouteAccess.USER, this::close);
  }

  private void open(Call call) {
    var command = call.command(OpenAccountRequest.class, OpenAccountRequest::toCommand);
    call.created(AccountResponse.from(openAccount.execute(call.actor(), command)));
  }

  private void list(Call call) {
    var owner = call.query("ownerId", Fields.uuid(UserId::new)).orElse(null);
    var page = listAccounts.execute(call.actor(), new ListAccounts.Query(owner, call.page()));
    call.okPage(page, AccountResponse::from);
  }

  private void get(Call call) {
    call.ok(AccountResponse.from(getAccount.execute(call.actor(), id(call))));
  }

  private void update(Call call) {
    var id = id(call);
    var command = call.command(UpdateAccountRequest.class, UpdateAccountRequest::toCommand);
    call.ok(AccountResponse.from(updateAccount.execute(call.actor(), id, command)));
  }

  private void close(Call call) {
    closeAccount.execute(call.actor(), id(call));
    call.noContent();
  }

  private static AccountId id(Call call) {
    return call.pathId("id", "account", AccountId::of);
  }
}
