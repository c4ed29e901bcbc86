package dev.kassa.application.testdata;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * Valid, empty customer accounts for tests (a checking account in EUR unless told otherwise). Money
 * gets in through the ledger only: see {@link LedgerFixture#deposit}.
 */
public final class AccountBuilder {

  private UserId owner;
  private AccountType type = AccountType.CHECKING;
  private Currency currency = TestMoney.EUR;
  private String name;
  private AccountStatus status = AccountStatus.ACTIVE;
  private Instant createdAt = TestTime.now();

  private AccountBuilder() {}

  public static AccountBuilder anAccount() {
    return new AccountBuilder();
  }

  public AccountBuilder ownedBy(UserId owner) {
    this.owner = owner;
    return this;
  }

  public AccountBuilder withType(AccountType type) {
    this.type = type;
    return this;
  }

  public AccountBuilder withCurrency(Currency currency) {
    this.currency = currency;
    return this;
  }

  public AccountBuilder named(String name) {
    this.name = name;
    return this;
  }

  public AccountBuilder withStatus(AccountStatus status) {
    this.status = status;
    return this;
  }

  public AccountBuilder createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public Account build() {
    Objects.requireNonNull(owner, "an account needs an owner: call ownedBy(...)");
    var account = Account.open(owner, type, currency, name, createdAt);
    return switch (status) {
      case ACTIVE -> account;
      case FROZEN -> account.changeStatus(AccountStatus.FROZEN);
      case CLOSED -> account.close();
    };
  }
}
