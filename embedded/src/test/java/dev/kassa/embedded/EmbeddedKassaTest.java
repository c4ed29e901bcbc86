package dev.kassa.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.Kassa;
import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.application.auth.EnsureAdmin;
import dev.kassa.application.auth.LogIn;
import dev.kassa.application.auth.RegisterUser;
import dev.kassa.application.banking.ListTransactions;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.application.cart.AddCartItem;
import dev.kassa.application.catalog.CreateProduct;
import dev.kassa.application.orders.Checkout;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.TransactionType;
import dev.kassa.domain.order.OrderStatus;
import dev.kassa.domain.payment.EventOutcome;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class EmbeddedKassaTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private final Kassa kassa = EmbeddedKassa.inMemory();

  @Test
  void aLibraryUserRegistersOpensAccountsDepositsAndTransfersWithoutHttpOrDatabase() {
    var alice = customer("alice@example.com");
    var checking = open(alice, AccountType.CHECKING);
    var savings = open(alice, AccountType.SAVINGS);

    var deposit =
        kassa
            .postCashTransaction()
            .execute(
                alice,
                new PostCashTransaction.Command(
                    checking, PostCashTransaction.Kind.DEPOSIT, Money.of(10_000, EUR), "salary"));
    var transfer =
        kassa
            .transferMoney()
            .execute(
                alice,
                new TransferMoney.Command(checking, savings, Money.of(2_500, EUR), "rainy day"));

    assertThat(deposit.balanceAfter()).isEqualTo(Money.of(10_000, EUR));
    assertThat(transfer.amount()).isEqualTo(Money.of(2_500, EUR));
    assertThat(kassa.getAccount().execute(alice, checking).balance()).isEqualTo(7_500);
    assertThat(kassa.getAccount().execute(alice, savings).balance()).isEqualTo(2_500);
    var log =
        kassa
            .listTransactions()
            .execute(
                alice, new ListTransactions.Query(null, null, null, null, PageRequest.defaults()));
    assertThat(log.items())
        .extracting(AccountTransaction::type)
        .containsExactly(
            TransactionType.TRANSFER_IN, TransactionType.TRANSFER_OUT, TransactionType.DEPOSIT);
  }

  @Test
  void anEmbeddedKassaKeepsItsRulesWithoutHttp() {
    var alice = customer("alice@example.com");
    var bob = customer("bob@example.com");
    var alicesAccount = open(alice, AccountType.CHECKING);
    var bobsAccount = open(bob, AccountType.CHECKING);

    assertThatThrownBy(
            () ->
                kassa
                    .transferMoney()
                    .execute(
                        alice,
                        new TransferMoney.Command(
                            alicesAccount, bobsAccount, Money.of(1, EUR), null)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            conflict -> assertThat(conflict.code()).isEqualTo("insufficient_funds"));
    assertThatThrownBy(() -> kassa.getAccount().execute(bob, alicesAccount))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aGatewayCheckoutIsSettledThroughTheSimulatedProvider() {
    var alice = customer("alice@example.com");
    kassa
        .ensureAdmin()
        .execute(new EnsureAdmin.Command("admin@example.com", "correct horse battery"));
    var admin =
        kassa
            .authenticate()
            .execute(
                kassa
                    .logIn()
                    .execute(new LogIn.Command("admin@example.com", "correct horse battery", null))
                    .accessToken()
                    .token())
            .actor();
    var details = new ProductDetails("MUG-1", "Mug", null, Money.of(1_250, EUR), "kitchen", null);
    var mug = kassa.createProduct().execute(admin, new CreateProduct.Command(details, 3));
    kassa.addCartItem().execute(alice, new AddCartItem.Command(mug.id(), 1));
    var order = kassa.checkout().execute(alice, new Checkout.Command(PaymentChoice.gateway()));

    var receipt = kassa.payAtSimulator().settle(order.payment().providerRef(), true);

    assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(receipt.outcome()).isEqualTo(EventOutcome.APPLIED);
    assertThat(kassa.getOrder().execute(alice, order.id()).status()).isEqualTo(OrderStatus.PAID);
  }

  private Actor customer(String email) {
    var registered =
        kassa
            .registerUser()
            .execute(
                new RegisterUser.Command(
                    email, "correct horse battery", "Test", "User", null, null, null));
    return kassa.authenticate().execute(registered.accessToken().token()).actor();
  }

  private AccountId open(Actor owner, AccountType type) {
    return kassa.openAccount().execute(owner, new OpenAccount.Command(type, EUR, null)).id();
  }
}
