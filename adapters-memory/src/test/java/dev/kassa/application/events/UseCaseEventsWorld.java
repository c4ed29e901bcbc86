package dev.kassa.application.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.application.Cryptography;
import dev.kassa.application.EventSettings;
import dev.kassa.application.Kassa;
import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.application.cards.Sha256CardFingerprints;
import dev.kassa.application.catalog.CreateProduct;
import dev.kassa.application.catalog.UncachedProducts;
import dev.kassa.application.fakes.FakeAccessTokens;
import dev.kassa.application.fakes.FakePasswordHasher;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.application.orders.Purchase;
import dev.kassa.application.payments.PaymentSettings;
import dev.kassa.application.testdata.UserBuilder;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;

/** Shared world of the use-case event tests: a Kassa over an outbox that can be made to fail. */
abstract class UseCaseEventsWorld {

  static final Currency EUR = Currency.getInstance("EUR");

  final MutableClock clock = MutableClock.at("2025-03-10T09:00:00Z");
  final InMemoryPorts ports = InMemoryPorts.create(clock);
  final ArmedOutboxStorage storage = new ArmedOutboxStorage(ports);
  final Kassa kassa =
      Kassa.assemble(
          storage,
          new Cryptography(
              new FakePasswordHasher(), new FakeAccessTokens(), new Sha256CardFingerprints()),
          clock,
          AuthSettings.defaults(),
          new UncachedProducts(),
          PaymentSettings.inHouseOnly(),
          new EventSettings(5));
  final Actor admin = actor(Role.ADMIN);
  final Actor customer = actor(Role.CUSTOMER);

  Actor actor(Role role) {
    var user = UserBuilder.aUser().withRole(role).createdAt(clock.instant()).build();
    ports.transactions().run(() -> ports.users().add(user));
    return new Actor(user.id(), role);
  }

  List<StoredEvent> allEvents() {
    var all = new ArrayList<StoredEvent>();
    for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
      var page =
          ports.outbox().page(EventFilter.all(), new PageRequest(PageRequest.MAX_LIMIT, offset));
      all.addAll(page.items());
      if (page.items().size() < PageRequest.MAX_LIMIT) {
        return all.reversed();
      }
    }
  }

  /**
   * Runs {@code action} once with the outbox failing after its append (nothing of the change nor
   * any event may remain: {@code state} reads the same before and after), then for real; returns
   * the events it appended, oldest first.
   */
  List<StoredEvent> events(Supplier<?> action, Supplier<?> state) {
    var before = allEvents().size();
    var stateBefore = state.get();
    var auditBefore = ports.auditLog().page(PageRequest.first(1)).total();
    storage.arm(true);
    try {
      assertThatThrownBy(action::get).isInstanceOf(ArmedOutboxStorage.Armed.class);
    } finally {
      storage.arm(false);
    }
    assertThat(allEvents()).hasSize(before);
    assertThat(state.get()).isEqualTo(stateBefore);
    assertThat(ports.auditLog().page(PageRequest.first(1)).total()).isEqualTo(auditBefore);
    var unused = action.get();
    var all = allEvents();
    return all.subList(before, all.size());
  }

  AccountId fundedAccount(Actor owner, long minor) {
    var account =
        kassa
            .openAccount()
            .execute(owner, new OpenAccount.Command(AccountType.CHECKING, EUR, null));
    if (minor > 0) {
      kassa
          .postCashTransaction()
          .execute(
              owner,
              new PostCashTransaction.Command(
                  account.id(), PostCashTransaction.Kind.DEPOSIT, Money.of(minor, EUR), null));
    }
    return account.id();
  }

  ProductId product(String sku, int stock) {
    return kassa
        .createProduct()
        .execute(admin, new CreateProduct.Command(details(sku), stock))
        .id();
  }

  static ProductDetails details(String sku) {
    return new ProductDetails(
        sku, "Product " + sku, "A " + sku, Money.of(1500, EUR), "tools", List.of());
  }

  int stock(ProductId id) {
    return ports.products().find(id).orElseThrow().stock();
  }

  OrderId purchase(AccountId account, ProductId product, int quantity) {
    return kassa
        .purchase()
        .execute(customer, new Purchase.Command(product, quantity, account))
        .id();
  }

  OrderStatus statusOf(OrderId order) {
    return ports.orders().find(order).orElseThrow().status();
  }
}
