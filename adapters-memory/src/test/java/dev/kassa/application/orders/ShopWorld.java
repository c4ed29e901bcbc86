package dev.kassa.application.orders;

import dev.kassa.adapters.memory.InMemoryTransactions;
import dev.kassa.application.Cryptography;
import dev.kassa.application.Kassa;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.banking.BankWorld;
import dev.kassa.application.cards.IssueCard;
import dev.kassa.application.cards.Sha256CardFingerprints;
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
import dev.kassa.application.catalog.SearchProducts;
import dev.kassa.application.catalog.UpdateProduct;
import dev.kassa.application.fakes.FakeAccessTokens;
import dev.kassa.application.fakes.FakeGateway;
import dev.kassa.application.fakes.FakePasswordHasher;
import dev.kassa.application.payments.CompleteRequestedRefunds;
import dev.kassa.application.payments.GetPayment;
import dev.kassa.application.payments.ListReceivedEvents;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.application.payments.PaymentSettings;
import dev.kassa.application.payments.ReceiveProviderEvent;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.CardType;
import dev.kassa.domain.cart.Cart;
import dev.kassa.domain.order.Order;
import dev.kassa.domain.order.OrderQuery;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.payment.ProviderEvent;
import dev.kassa.domain.payment.ReceivedEvent;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import java.util.Currency;
import java.util.List;

/**
 * The shop use cases wired to one fresh in-memory world (the one of a {@link BankWorld}, so money
 * moves through the same ledger), with a product cache that really caches, and shortcuts to stock
 * the catalog and fill carts through the use cases themselves.
 */
public final class ShopWorld {

  public static final Currency EUR = BankWorld.EUR;
  public static final Currency USD = BankWorld.USD;

  private final BankWorld bank = new BankWorld();
  private final RecordingProductCache cache =
      new RecordingProductCache((InMemoryTransactions) bank.ports().transactions());
  private final Actor shopAdmin = bank.admin();
  private final FakeGateway gateway = new FakeGateway(bank.ports().transactions());
  private final PaymentSettings payments = PaymentSettings.through(gateway);
  private final Kassa kassa =
      Kassa.assemble(
          bank.ports(),
          new Cryptography(
              new FakePasswordHasher(), new FakeAccessTokens(), new Sha256CardFingerprints()),
          bank.clock(),
          AuthSettings.defaults(),
          cache,
          payments);

  public BankWorld bank() {
    return bank;
  }

  public RecordingProductCache cache() {
    return cache;
  }

  /** The payment provider of gateway checkouts, which records what Kassa asks of it. */
  FakeGateway gateway() {
    return gateway;
  }

  public Actor customer() {
    return bank.customer();
  }

  public Actor admin() {
    return shopAdmin;
  }

  public static ProductDetails details(String sku, Money price) {
    return new ProductDetails(sku, "Product " + sku, "A fine " + sku, price, "tools", List.of());
  }

  /** An active product priced in EUR minor units, created by an admin. */
  public Product product(String sku, long priceMinor, int stock) {
    return product(sku, Money.of(priceMinor, EUR), stock);
  }

  public Product product(String sku, Money price, int stock) {
    return createProduct()
        .execute(shopAdmin, new CreateProduct.Command(details(sku, price), stock));
  }

  /** The product as stored now, read past the cache. */
  public Product stored(ProductId id) {
    return bank.ports().products().find(id).orElseThrow();
  }

  public int stock(ProductId id) {
    return stored(id).stock();
  }

  public Cart cart(Actor owner) {
    return bank.ports().carts().get(owner.id());
  }

  public void addToCart(Actor owner, ProductId product, int quantity) {
    addCartItem().execute(owner, new AddCartItem.Command(product, quantity));
  }

  /** A new EUR account of {@code owner} holding {@code minor} units. */
  public AccountId fundedAccount(Actor owner, long minor) {
    return fundedAccount(owner, minor, EUR);
  }

  public AccountId fundedAccount(Actor owner, long minor, Currency currency) {
    var account = bank.openAccount(owner, currency).id();
    if (minor > 0) {
      bank.deposit(owner, account, minor);
    }
    return account;
  }

  public long balance(AccountId account) {
    return bank.balance(account);
  }

  public long merchantBalance(Currency currency) {
    var merchant = bank.ports().accounts().systemAccount(AccountType.MERCHANT_REVENUE, currency);
    return bank.balance(merchant.id());
  }

  public Order checkout(Actor buyer, AccountId account) {
    return checkout().execute(buyer, Checkout.Command.fromAccount(account));
  }

  public Order checkout(Actor buyer, PaymentChoice choice) {
    return checkout().execute(buyer, new Checkout.Command(choice));
  }

  /** A new active card of {@code owner} on {@code account}. */
  public Card card(Actor owner, AccountId account) {
    var p = bank.ports();
    return new IssueCard(
            p.transactions(),
            p.accounts(),
            p.cards(),
            number -> "fp-" + number.digits(),
            p.auditLog(),
            p.outbox(),
            bank.clock())
        .execute(owner, new IssueCard.Command(account, CardType.DEBIT))
        .card();
  }

  public void setCardStatus(Actor owner, CardId card, CardStatus status) {
    var p = bank.ports();
    new UpdateCardStatus(p.transactions(), p.cards(), p.auditLog(), p.outbox(), bank.clock())
        .execute(owner, card, new UpdateCardStatus.Command(status));
  }

  public long available(AccountId account) {
    return bank.current(account).availableBalance().minor();
  }

  public Order ship(OrderId order) {
    return updateOrderStatus()
        .execute(shopAdmin, order, new UpdateOrderStatus.Command(OrderStatus.SHIPPED));
  }

  public void adjust(ProductId product, int delta) {
    adjustStock().execute(shopAdmin, product, new AdjustStock.Command(delta, "test"));
  }

  /** Delivers a well-signed provider event (see {@link FakeGateway#event}). */
  public ReceiveProviderEvent.Receipt deliver(String payload) {
    return receiveEvent().execute(gateway.provider(), payload, FakeGateway.GOOD_SIGNATURE);
  }

  /** The provider reports that the order's intent was paid in full. */
  public void pay(Order order) {
    var intent = order.payment().providerRef();
    deliver(
        FakeGateway.event("evt_paid_" + intent, ProviderEvent.SUCCEEDED, intent, order.total()));
  }

  public Page<ReceivedEvent> receivedEvents() {
    return bank.ports().receivedEvents().page(new PageRequest(100, 0));
  }

  public long clearingBalance(Currency currency) {
    var clearing = bank.ports().accounts().systemAccount(AccountType.PAYMENT_CLEARING, currency);
    return bank.balance(clearing.id());
  }

  /** Every order of every user, newest first. */
  public List<Order> allOrders() {
    return bank.ports()
        .orders()
        .page(new OrderQuery(null, null, null), new PageRequest(100, 0))
        .items();
  }

  public boolean ledgerVerifies() {
    return bank.verifyLedger().execute(shopAdmin).ok();
  }

  public CreateProduct createProduct() {
    return kassa.createProduct();
  }

  public UpdateProduct updateProduct() {
    return kassa.updateProduct();
  }

  public ArchiveProduct archiveProduct() {
    return kassa.archiveProduct();
  }

  public AdjustStock adjustStock() {
    return kassa.adjustStock();
  }

  public SearchProducts searchProducts() {
    return kassa.searchProducts();
  }

  public GetProduct getProduct() {
    return kassa.getProduct();
  }

  public GetCart getCart() {
    return kassa.getCart();
  }

  public AddCartItem addCartItem() {
    return kassa.addCartItem();
  }

  public UpdateCartItem updateCartItem() {
    return kassa.updateCartItem();
  }

  public RemoveCartItem removeCartItem() {
    return kassa.removeCartItem();
  }

  public ClearCart clearCart() {
    return kassa.clearCart();
  }

  public Checkout checkout() {
    return kassa.checkout();
  }

  public Purchase purchase() {
    return kassa.purchase();
  }

  public ListPurchases listPurchases() {
    return kassa.listPurchases();
  }

  public GetPurchase getPurchase() {
    return kassa.getPurchase();
  }

  public ListOrders listOrders() {
    return kassa.listOrders();
  }

  public GetOrder getOrder() {
    return kassa.getOrder();
  }

  public UpdateOrderStatus updateOrderStatus() {
    return kassa.updateOrderStatus();
  }

  public CancelOrder cancelOrder() {
    return kassa.cancelOrder();
  }

  public RefundOrder refundOrder() {
    return kassa.refundOrder();
  }

  public ExpireUnpaidOrders expireUnpaid() {
    return kassa.expireUnpaidOrders();
  }

  public CompleteRequestedRefunds completeRequestedRefunds() {
    return kassa.completeRequestedRefunds();
  }

  public ReceiveProviderEvent receiveEvent() {
    return kassa.receiveProviderEvent();
  }

  public GetPayment getPayment() {
    return kassa.getPayment();
  }

  public ListReceivedEvents listReceivedEvents() {
    return kassa.listReceivedEvents();
  }
}
