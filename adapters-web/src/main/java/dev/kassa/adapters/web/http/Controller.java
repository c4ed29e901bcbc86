package dev.kassa.adapters.web.http;

/**
 * A group of routes. Controllers are plain instances given their use cases in their constructors;
 * the HTTP API asks each one to declare its routes once, before the server starts.
 *
 * <pre>{@code
 * public final class AccountsController implements Controller {
 *   private final OpenAccount openAccount;
 *
 *   public AccountsController(OpenAccount openAccount) {
 *     this.openAccount = openAccount;
 *   }
 *
 *   public void routes(Routes routes) {
 *     routes.post("/v1/accounts", RouteAccess.USER, call -> {
 *       var command = call.command(OpenAccountRequest.class, OpenAccountRequest::toCommand);
 *       call.created(AccountResponse.from(openAccount.handle(call.actor(), command)));
 *     });
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Controller {

  void routes(Routes routes);
}
