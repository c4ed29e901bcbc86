package com.example;

import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.application.auth.EnsureAdmin;
import dev.kassa.application.auth.LogIn;
import dev.kassa.application.auth.RegisterUser;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.application.cart.AddCartItem;
import dev.kassa.application.catalog.CreateProduct;
import dev.kassa.application.orders.Checkout;
import dev.kassa.application.orders.Purchase;
import dev.kassa.application.payments.PaymentChoice;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.shared.Money;
import dev.kassa.embedded.EmbeddedKassa;
import java.util.Currency;
import java.util.List;

/** A bank and a shop inside a plain Java program: no server, no database. */
public class ShopInYourProgram {

  public static void main(String[] args) {
    var kassa = EmbeddedKassa.inMemory();
    var eur = Currency.getInstance("EUR");

    // Ann signs up; her access token names her as the caller of the use cases.
    var signUp =
        kassa
            .registerUser()
            .execute(
                new RegisterUser.Command(
                    "ann@example.com", "correct horse battery", "Ann", "Lee", null, null, null));
    var ann = kassa.authenticate().execute(signUp.accessToken().token()).actor();

    // Two accounts, a cash deposit into one and a transfer to the other (amounts in cents).
    var checking =
        kassa.openAccount().execute(ann, new OpenAccount.Command(AccountType.CHECKING, eur, null));
    var savings =
        kassa.openAccount().execute(ann, new OpenAccount.Command(AccountType.SAVINGS, eur, null));
    kassa
        .postCashTransaction()
        .execute(
            ann,
            new PostCashTransaction.Command(
                checking.id(), PostCashTransaction.Kind.DEPOSIT, Money.of(100_00, eur), "salary"));
    kassa
        .transferMoney()
        .execute(
            ann,
            new TransferMoney.Command(checking.id(), savings.id(), Money.of(25_00, eur), "saving"));

    // The admin account is made sure of (the server does it at start-up); the admin adds a mug.
    kassa.ensureAdmin().execute(new EnsureAdmin.Command("admin@example.com", "a long passphrase"));
    var logIn =
        kassa.logIn().execute(new LogIn.Command("admin@example.com", "a long passphrase", null));
    var admin = kassa.authenticate().execute(logIn.accessToken().token()).actor();
    var mug =
        kassa
            .createProduct()
            .execute(
                admin,
                new CreateProduct.Command(
                    new ProductDetails(
                        "MUG-1",
                        "Kassa mug",
                        "Holds 300 ml",
                        Money.of(12_50, eur),
                        "kitchen",
                        List.of()),
                    10));

    // Ann buys two mugs at once, paid from her checking account.
    var purchase = kassa.purchase().execute(ann, new Purchase.Command(mug.id(), 2, checking.id()));
    System.out.println("purchase: " + purchase.status() + ", " + purchase.total());

    // One more mug through her cart, paid at the payment provider (here the simulated one).
    kassa.addCartItem().execute(ann, new AddCartItem.Command(mug.id(), 1));
    var order = kassa.checkout().execute(ann, new Checkout.Command(PaymentChoice.gateway()));
    System.out.println("checkout: " + order.status() + ", " + order.total());
    // She approves the payment on the provider's page; its signed webhook settles the order.
    kassa.payAtSimulator().settle(order.payment().providerRef(), true);
    System.out.println("after payment: " + kassa.getOrder().execute(ann, order.id()).status());

    var getAccount = kassa.getAccount();
    System.out.println("checking: " + getAccount.execute(ann, checking.id()).balanceMoney());
    System.out.println("savings: " + getAccount.execute(ann, savings.id()).balanceMoney());
    System.out.println("mugs left: " + kassa.getProduct().execute(ann, mug.id()).stock());
  }
}
