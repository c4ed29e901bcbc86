package dev.kassa.adapters.web;

import dev.kassa.adapters.web.admin.AdminController;
import dev.kassa.adapters.web.admin.EventsController;
import dev.kassa.adapters.web.banking.AccountsController;
import dev.kassa.adapters.web.banking.CardsController;
import dev.kassa.adapters.web.banking.StatementsController;
import dev.kassa.adapters.web.banking.TransactionsController;
import dev.kassa.adapters.web.banking.TransfersController;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.notifications.NotificationsController;
import dev.kassa.adapters.web.operations.DocsController;
import dev.kassa.adapters.web.operations.EventsHealth;
import dev.kassa.adapters.web.operations.HealthCheck;
import dev.kassa.adapters.web.operations.OpenApiDocument;
import dev.kassa.adapters.web.operations.OperationsController;
import dev.kassa.adapters.web.payments.PaymentPageController;
import dev.kassa.adapters.web.payments.PaymentsController;
import dev.kassa.adapters.web.payments.WebhooksController;
import dev.kassa.adapters.web.ratelimit.ClientAddress;
import dev.kassa.adapters.web.shop.CartController;
import dev.kassa.adapters.web.shop.OrdersController;
import dev.kassa.adapters.web.shop.ProductImagesController;
import dev.kassa.adapters.web.shop.ProductsController;
import dev.kassa.adapters.web.shop.PurchasesController;
import dev.kassa.adapters.web.users.AccountHoldersController;
import dev.kassa.adapters.web.users.AdminUsersController;
import dev.kassa.adapters.web.users.AuthController;
import dev.kassa.adapters.web.users.PasswordController;
import dev.kassa.adapters.web.webhooks.WebhookEndpointsController;
import dev.kassa.application.Kassa;
import dev.kassa.application.catalog.UncachedProducts;
import dev.kassa.application.images.ProductImageIds;
import dev.kassa.application.images.ProductImageUseCases;
import dev.kassa.application.webhooks.Webhooks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every route of the Kassa API, in one place: the controllers, built from the use cases. */
public final class KassaControllers {

  private KassaControllers() {}

  /**
   * Every route, the administration of outgoing {@code webhooks} and the uploaded product {@code
   * images} included.
   */
  public static List<Controller> all(
      Kassa kassa,
      Webhooks webhooks,
      ProductImageUseCases images,
      WebSettings settings,
      Map<String, HealthCheck> healthChecks) {
    return Stream.concat(
            all(kassa, images.ids(), settings, healthChecks).stream(),
            Stream.of(
                new WebhookEndpointsController(webhooks), new ProductImagesController(images)))
        .toList();
  }

  /**
   * Every controller of the API, wired to the use cases.
   *
   * @param settings the settings the API runs with (the client address rule comes from them)
   * @param healthChecks what {@code GET /v1/health} checks, by name
   */
  public static List<Controller> all(
      Kassa kassa, WebSettings settings, Map<String, HealthCheck> healthChecks) {
    var imageIds = new ProductImageIds(kassa.storage().productImages(), new UncachedProducts());
    return all(kassa, imageIds, settings, healthChecks);
  }

  private static List<Controller> all(
      Kassa kassa,
      ProductImageIds imageIds,
      WebSettings settings,
      Map<String, HealthCheck> healthChecks) {
    return List.of(
        new OperationsController(
            healthChecks,
            OpenApiDocument.fromClasspath(),
            Duration.ofSeconds(2),
            new EventsHealth(kassa.events().checkEventDelivery())),
        new DocsController(),
        new AuthController(
            kassa.registerUser(),
            kassa.logIn(),
            kassa.refreshSession(),
            kassa.logOut(),
            kassa.getCurrentUser(),
            kassa.updateProfile(),
            new ClientAddress(settings.trustForwardedFor())),
        new PasswordController(
            kassa.changePassword(),
            kassa.requestPasswordReset(),
            kassa.resetPassword(),
            new ClientAddress(settings.trustForwardedFor())),
        new AdminUsersController(kassa.listUsers(), kassa.updateUser()),
        new NotificationsController(
            kassa.listNotifications(), kassa.readNotification(), kassa.readAllNotifications()),
        new AccountHoldersController(kassa.listAccountHolders(), kassa.getAccountHolder()),
        new AdminController(
            kassa.listAuditEvents(), kassa.verifyLedger(), kassa.listReceivedEvents()),
        new EventsController(kassa.events()),
        new AccountsController(
            kassa.openAccount(),
            kassa.listAccounts(),
            kassa.getAccount(),
            kassa.updateAccount(),
            kassa.closeAccount()),
        new TransactionsController(
            kassa.postCashTransaction(), kassa.listTransactions(), kassa.getTransaction()),
        new TransfersController(kassa.transferMoney(), kassa.listTransfers(), kassa.getTransfer()),
        new CardsController(
            kassa.issueCard(), kassa.listCards(), kassa.getCard(), kassa.updateCardStatus()),
        new StatementsController(kassa.getStatement(), kassa.getBalance()),
        new ProductsController(
            kassa.searchProducts(),
            kassa.getProduct(),
            kassa.createProduct(),
            kassa.updateProduct(),
            kassa.archiveProduct(),
            kassa.adjustStock(),
            kassa.listStockMovements(),
            imageIds),
        new CartController(
            kassa.getCart(),
            kassa.addCartItem(),
            kassa.updateCartItem(),
            kassa.removeCartItem(),
            kassa.clearCart()),
        new OrdersController(
            kassa.checkout(),
            kassa.listOrders(),
            kassa.getOrder(),
            kassa.cancelOrder(),
            kassa.updateOrderStatus()),
        new PurchasesController(kassa.purchase(), kassa.listPurchases(), kassa.getPurchase()),
        new PaymentsController(kassa.getPayment(), kassa.refundOrder()),
        new WebhooksController(kassa.receiveProviderEvent()),
        new PaymentPageController(kassa.payAtSimulator()));
  }
}
