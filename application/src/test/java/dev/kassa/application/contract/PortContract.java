package dev.kassa.application.contract;

import static dev.kassa.application.testdata.AccountBuilder.anAccount;
import static dev.kassa.application.testdata.UserBuilder.aUser;

import dev.kassa.application.Storage;
import dev.kassa.application.testdata.LedgerFixture;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.product.StockChange;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every port contract: gets the adapters under test before each test and offers fixtures
 * that create fresh owners and accounts, so that no test depends on what else the store holds.
 */
public abstract class PortContract {

  /** Far enough apart to bound any window a test asks for. */
  protected static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

  protected static final Instant FAR_AHEAD = Instant.parse("2999-01-01T00:00:00Z");

  /** Why a contract moves stock: an order's sale, its cancellation, an admin's adjustment. */
  protected static final StockChange SOLD = StockChange.forOrder(StockReason.SALE, OrderId.newId());

  protected static final StockChange CANCELLED =
      StockChange.forOrder(StockReason.CANCELLATION, OrderId.newId());

  protected static final StockChange ADJUSTED =
      StockChange.byUser(StockReason.ADJUSTMENT, UserId.newId());

  protected Storage world;
  protected LedgerFixture money;

  /** The adapters under test: a consistent set sharing one store and one unit of work. */
  protected abstract Storage ports();

  @BeforeEach
  void setUpPorts() {
    world = ports();
    money = new LedgerFixture(world.transactions(), world.accounts(), world.ledger());
  }

  protected <T> T inTx(Supplier<T> work) {
    return world.transactions().inTransaction(work);
  }

  protected void inTx(Runnable work) {
    world.transactions().run(work);
  }

  protected UserId newOwner() {
    var user = aUser().build();
    inTx(() -> world.users().add(user));
    return user.id();
  }

  protected Account newAccount(UserId owner) {
    return store(anAccount().ownedBy(owner).build());
  }

  protected Account newAccount(UserId owner, Currency currency) {
    return store(anAccount().ownedBy(owner).withCurrency(currency).build());
  }

  protected Account store(Account account) {
    inTx(() -> world.accounts().add(account));
    return account;
  }

  protected Account reload(AccountId id) {
    return world.accounts().find(id).orElseThrow();
  }

  protected long balanceOf(AccountId id) {
    return reload(id).balance();
  }

  /** Reads every page of a listing, in order. */
  protected static <T> List<T> allPages(Function<PageRequest, Page<T>> listing) {
    var all = new ArrayList<T>();
    for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
      var page = listing.apply(new PageRequest(PageRequest.MAX_LIMIT, offset));
      all.addAll(page.items());
      if (page.items().size() < PageRequest.MAX_LIMIT) {
        return all;
      }
    }
  }
}
