package dev.kassa.application;

import dev.kassa.application.accounts.CloseAccount;
import dev.kassa.application.accounts.GetAccount;
import dev.kassa.application.accounts.ListAccounts;
import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.application.accounts.UpdateAccount;
import dev.kassa.application.audit.ListAuditEvents;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.auth.Authenticate;
import dev.kassa.application.auth.CallerChecks;
import dev.kassa.application.auth.ChangePassword;
import dev.kassa.application.auth.EnsureAdmin;
import dev.kassa.application.auth.GetCurrentUser;
import dev.kassa.application.auth.LogIn;
import dev.kassa.application.auth.LogOut;
import dev.kassa.application.auth.PasswordResetSettings;
import dev.kassa.application.auth.RefreshSession;
import dev.kassa.application.auth.RegisterUser;
import dev.kassa.application.auth.RequestPasswordReset;
import dev.kassa.application.auth.ResetPassword;
import dev.kassa.application.auth.UpdateProfile;
import dev.kassa.application.banking.GetTransaction;
import dev.kassa.application.banking.GetTransfer;
import dev.kassa.application.banking.ListTransactions;
import dev.kassa.application.banking.ListTransfers;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.application.cards.GetCard;
import dev.kassa.application.cards.IssueCard;
import dev.kassa.application.cards.ListCards;
import dev.kassa.application.cards.UpdateCardStatus;
import dev.kassa.application.cart.AddCartItem;
import dev.kassa.application.cart.ClearCart;
import dev.kassa.application.cart.GetCart;
import dev.kassa.application.cart.RemoveCartItem;
import dev.kassa.application.cart.UpdateCartItem;
import dev.kassa.application.catalog.AdjustStock;
import dev.kassa.application.catalog.ArchiveProduct;
import dev.kassa.application.catalog.CreateProduct;
import dev.kassa.application.catalog.GetProduct;
import dev.kassa.application.catalog.ListStockMovements;
import dev.kassa.application.catalog.ProductCacheEviction;
import dev.kassa.application.catalog.Restock;
import dev.kassa.application.catalog.SearchProducts;
import dev.kassa.application.catalog.UncachedProducts;
import dev.kassa.application.catalog.UpdateProduct;
import dev.kassa.application.events.EventConsumers;
import dev.kassa.application.events.KassaEvents;
import dev.kassa.application.holders.GetAccountHolder;
import dev.kassa.application.holders.ListAccountHolders;
import dev.kassa.application.idempotency.Idempotency;
import dev.kassa.application.idempotency.PurgeIdempotencyKeys;
import dev.kassa.application.ledger.ExpireHolds;
import dev.kassa.application.ledger.SealJournal;
import dev.kassa.application.ledger.VerifyLedger;
import dev.kassa.application.notifications.ListNotifications;
import dev.kassa.application.notifications.ReadAllNotifications;
import dev.kassa.application.notifications.ReadNotification;
import dev.kassa.application.orders.CancelOrder;
import dev.kassa.application.orders.Checkout;
import dev.kassa.application.orders.ExpireUnpaidOrders;
import dev.kassa.application.orders.GetOrder;
import dev.kassa.application.orders.GetPurchase;
import dev.kassa.application.orders.ListOrders;
import dev.kassa.application.orders.ListPurchases;
import dev.kassa.application.orders.Purchase;
import dev.kassa.application.orders.RefundOrder;
import dev.kassa.application.orders.Sale;
import dev.kassa.application.orders.UpdateOrderStatus;
import dev.kassa.application.payments.CompleteRequestedRefunds;
import dev.kassa.application.payments.GatewayIntents;
import dev.kassa.application.payments.GatewaySettlement;
import dev.kassa.application.payments.GetPayment;
import dev.kassa.application.payments.ListReceivedEvents;
import dev.kassa.application.payments.PayAtSimulator;
import dev.kassa.application.payments.Payers;
import dev.kassa.application.payments.PaymentRelease;
import dev.kassa.application.payments.PaymentSettings;
import dev.kassa.application.payments.ProviderRefunds;
import dev.kassa.application.payments.ReceiveProviderEvent;
import dev.kassa.application.payments.Refunder;
import dev.kassa.application.statements.GetBalance;
import dev.kassa.application.statements.GetStatement;
import dev.kassa.application.users.ListUsers;
import dev.kassa.application.users.UpdateUser;
import dev.kassa.domain.product.ProductCache;
import dev.kassa.domain.user.PasswordResetMailer;
import java.time.Clock;
import java.util.List;

/**
 * Every use case of Kassa, wired to one {@link Storage} and one {@link Cryptography}. This is the
 * entry point for embedding Kassa in a JVM program: build one, then call its use cases.
 */
public record Kassa(
    Storage storage,
    RegisterUser registerUser,
    LogIn logIn,
    RefreshSession refreshSession,
    LogOut logOut,
    Authenticate authenticate,
    GetCurrentUser getCurrentUser,
    UpdateProfile updateProfile,
    EnsureAdmin ensureAdmin,
    ChangePassword changePassword,
    RequestPasswordReset requestPasswordReset,
    ResetPassword resetPassword,
    ListUsers listUsers,
    UpdateUser updateUser,
    ListAccountHolders listAccountHolders,
    GetAccountHolder getAccountHolder,
    ListAuditEvents listAuditEvents,
    OpenAccount openAccount,
    ListAccounts listAccounts,
    GetAccount getAccount,
    UpdateAccount updateAccount,
    CloseAccount closeAccount,
    PostCashTransaction postCashTransaction,
    TransferMoney transferMoney,
    ListTransactions listTransactions,
    GetTransaction getTransaction,
    ListTransfers listTransfers,
    GetTransfer getTransfer,
    IssueCard issueCard,
    ListCards listCards,
    GetCard getCard,
    UpdateCardStatus updateCardStatus,
    GetStatement getStatement,
    GetBalance getBalance,
    VerifyLedger verifyLedger,
    SealJournal sealJournal,
    ExpireHolds expireHolds,
    Idempotency idempotency,
    PurgeIdempotencyKeys purgeIdempotencyKeys,
    CreateProduct createProduct,
    UpdateProduct updateProduct,
    ArchiveProduct archiveProduct,
    AdjustStock adjustStock,
    ListStockMovements listStockMovements,
    SearchProducts searchProducts,
    GetProduct getProduct,
    GetCart getCart,
    AddCartItem addCartItem,
    UpdateCartItem updateCartItem,
    RemoveCartItem removeCartItem,
    ClearCart clearCart,
    Checkout checkout,
    Purchase purchase,
    ListPurchases listPurchases,
    GetPurchase getPurchase,
    ListOrders listOrders,
    GetOrder getOrder,
    UpdateOrderStatus updateOrderStatus,
    CancelOrder cancelOrder,
    RefundOrder refundOrder,
    ExpireUnpaidOrders expireUnpaidOrders,
    CompleteRequestedRefunds completeRequestedRefunds,
    ReceiveProviderEvent receiveProviderEvent,
    GetPayment getPayment,
    ListReceivedEvents listReceivedEvents,
    PayAtSimulator payAtSimulator,
    KassaEvents events,
    ListNotifications listNotifications,
    ReadNotification readNotification,
    ReadAllNotifications readAllNotifications) {

  /**
   * A Kassa that caches no products (every catalog read goes to {@code storage}) and takes account
   * and card payments only.
   */
  public static Kassa assemble(Storage s, Cryptography security, Clock clock, AuthSettings auth) {
    return assemble(
        s,
        security,
        clock,
        auth,
        new UncachedProducts(),
        PaymentSettings.inHouseOnly(),
        EventSettings.defaults());
  }

  /** A Kassa whose catalog reads go through {@code cache}, paid as {@code payments} says. */
  public static Kassa assemble(
      Storage s,
      Cryptography security,
      Clock clock,
      AuthSettings auth,
      ProductCache cache,
      PaymentSettings payments) {
    return assemble(s, security, clock, auth, cache, payments, EventSettings.defaults());
  }

  /**
   * A Kassa whose use cases declare their events to {@code s.outbox()} as {@code events} says, and
   * which mails no password-reset links (a reset can be requested, but its link goes nowhere).
   */
  public static Kassa assemble(
      Storage s,
      Cryptography security,
      Clock clock,
      AuthSettings auth,
      ProductCache cache,
      PaymentSettings payments,
      EventSettings events) {
    return assemble(
        s,
        security,
        clock,
        auth,
        cache,
        payments,
        events,
        PasswordResetSettings.defaults(),
        (to, link) -> {},
        EventConsumers.of(List.of(new ProductCacheEviction(cache))));
  }

  /**
   * The full assembly: reset links point where {@code resets} says and go out through {@code
   * mailer}, each on a virtual thread of its own once its request has committed; the events go to
   * the {@code consumers}' subscribers through workers of this process.
   */
  public static Kassa assemble(
      Storage s,
      Cryptography security,
      Clock clock,
      AuthSettings auth,
      ProductCache cache,
      PaymentSettings payments,
      EventSettings events,
      PasswordResetSettings resets,
      PasswordResetMailer mailer,
      EventConsumers consumers) {
    var tx = new CallerChecks(s.transactions());
    var money = tx.over(s.moneyTransactions());
    var kassaEvents =
        KassaEvents.assemble(
            tx,
            s.outbox(),
            s.eventDeliveries(),
            consumers,
            events.maxAttempts(),
            events.lagWarn(),
            events.source(),
            clock);
    var outbox = kassaEvents.outbox();
    var hasher = security.passwordHasher();
    var tokens = security.accessTokens();
    var restock = new Restock(tx, s.products(), cache);
    var refunder = new Refunder(s.accounts(), s.ledger(), outbox, s.refunds());
    var providerRefunds =
        new ProviderRefunds(
            tx, s.orders(), s.refunds(), refunder, restock, payments, outbox, clock);
    var paymentRelease = new PaymentRelease(tx, s.ledger(), payments);
    var payers = new Payers(s.accounts(), s.cards(), s.ledger(), payments);
    var sale =
        new Sale(
            tx, s.products(), s.orders(), cache, payers, outbox, events.stockLowThreshold(), clock);
    var settlement =
        new GatewaySettlement(
            tx, s.orders(), s.accounts(), s.ledger(), restock, outbox, providerRefunds);
    var receiveEvent =
        new ReceiveProviderEvent(tx, s.receivedEvents(), settlement, payments, clock);
    return new Kassa(
        s,
        new RegisterUser(
            tx, s.users(), s.sessions(), tokens, hasher, s.auditLog(), outbox, clock, auth),
        new LogIn(tx, s.users(), s.sessions(), tokens, hasher, s.auditLog(), clock, auth),
        new RefreshSession(tx, s.users(), s.sessions(), tokens, s.auditLog(), clock, auth),
        new LogOut(tx, s.sessions(), s.auditLog(), clock),
        new Authenticate(tx, tokens, s.tokenHolders(), clock),
        new GetCurrentUser(tx, s.users()),
        new UpdateProfile(tx, s.users(), s.auditLog(), clock),
        new EnsureAdmin(tx, s.users(), hasher, s.auditLog(), clock),
        new ChangePassword(tx, s.users(), s.sessions(), hasher, s.auditLog(), clock),
        new RequestPasswordReset(
            tx,
            s.users(),
            s.passwordResetTokens(),
            mailer,
            task -> Thread.ofVirtual().name("password-reset-mail").start(task),
            s.auditLog(),
            resets,
            clock),
        new ResetPassword(
            tx, s.users(), s.sessions(), s.passwordResetTokens(), hasher, s.auditLog(), clock),
        new ListUsers(tx, s.users()),
        new UpdateUser(tx, s.users(), s.sessions(), s.auditLog(), clock),
        new ListAccountHolders(tx, s.users()),
        new GetAccountHolder(tx, s.users()),
        new ListAuditEvents(tx, s.auditLog()),
        new OpenAccount(tx, s.accounts(), s.auditLog(), outbox, clock),
        new ListAccounts(s.accounts()),
        new GetAccount(tx, s.accounts()),
        new UpdateAccount(tx, s.accounts(), s.auditLog(), outbox, clock),
        new CloseAccount(tx, s.accounts(), s.cards(), s.auditLog(), outbox, clock),
        new PostCashTransaction(money, s.accounts(), s.ledger(), outbox, clock),
        new TransferMoney(money, s.ledger(), s.transfers(), outbox, clock),
        new ListTransactions(s.accounts(), s.ledger()),
        new GetTransaction(s.accounts(), s.ledger()),
        new ListTransfers(s.transfers()),
        new GetTransfer(s.accounts(), s.transfers()),
        new IssueCard(
            tx, s.accounts(), s.cards(), security.cardFingerprints(), s.auditLog(), outbox, clock),
        new ListCards(s.cards()),
        new GetCard(s.cards()),
        new UpdateCardStatus(tx, s.cards(), s.auditLog(), outbox, clock),
        new GetStatement(tx, s.accounts(), s.ledger(), s.orders(), clock),
        new GetBalance(tx, s.accounts(), s.ledger(), clock),
        new VerifyLedger(s.ledger(), s.products(), s.journalSeals()),
        new SealJournal(s.journalSeals()),
        new ExpireHolds(tx, s.ledger(), outbox, clock),
        // Batched with the money operations it mostly runs, which join its unit of work: a batch
        // locks its keys and reads their records at once, and holds back their answers.
        new Idempotency(money, s.idempotency(), clock),
        new PurgeIdempotencyKeys(tx, s.idempotency(), clock),
        new CreateProduct(tx, s.products(), cache, s.auditLog(), outbox, clock),
        new UpdateProduct(tx, s.products(), cache, s.auditLog(), outbox, clock),
        new ArchiveProduct(tx, s.products(), cache, s.auditLog(), outbox, clock),
        new AdjustStock(
            tx, s.products(), cache, s.auditLog(), outbox, events.stockLowThreshold(), clock),
        new ListStockMovements(tx, s.products()),
        new SearchProducts(s.products(), cache),
        new GetProduct(s.products(), cache),
        new GetCart(s.carts(), s.products()),
        new AddCartItem(tx, s.carts(), s.products(), clock),
        new UpdateCartItem(tx, s.carts(), s.products()),
        new RemoveCartItem(tx, s.carts()),
        new ClearCart(tx, s.carts()),
        new Checkout(
            tx,
            s.carts(),
            s.products(),
            sale,
            new GatewayIntents(tx, s.orders(), s.carts(), restock, payments, outbox, clock),
            s.orders()),
        new Purchase(money, s.products(), sale),
        new ListPurchases(s.orders()),
        new GetPurchase(s.orders()),
        new ListOrders(s.orders()),
        new GetOrder(s.orders()),
        new UpdateOrderStatus(
            tx, s.orders(), s.accounts(), s.ledger(), s.auditLog(), outbox, clock),
        new CancelOrder(
            tx,
            s.orders(),
            s.refunds(),
            restock,
            refunder,
            providerRefunds,
            paymentRelease,
            s.auditLog(),
            outbox,
            clock),
        new RefundOrder(
            tx, s.orders(), s.refunds(), refunder, providerRefunds, restock, s.auditLog(), clock),
        new ExpireUnpaidOrders(tx, s.orders(), restock, paymentRelease, outbox, clock),
        new CompleteRequestedRefunds(s.refunds(), providerRefunds, clock),
        receiveEvent,
        new GetPayment(s.orders(), s.refunds()),
        new ListReceivedEvents(s.receivedEvents()),
        new PayAtSimulator(payments, s.orders(), receiveEvent),
        kassaEvents,
        new ListNotifications(s.notifications()),
        new ReadNotification(tx, s.notifications(), clock),
        new ReadAllNotifications(s.notifications(), clock));
  }
}
