package dev.kassa.application.contract;

import static dev.kassa.application.testdata.AccountBuilder.anAccount;
import static dev.kassa.application.testdata.TestMoney.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.kassa.application.testdata.TestMoney;
import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.PageRequest;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.account.Accounts} adapter must do. */
public abstract class AccountsContract extends PortContract {

  @Test
  void addedAccountIsFound() {
    var owner = newOwner();
    var account =
        anAccount()
            .ownedBy(owner)
            .withType(AccountType.SAVINGS)
            .withCurrency(TestMoney.USD)
            .named("Rainy day")
            .build();

    inTx(() -> world.accounts().add(account));

    assertThat(world.accounts().find(account.id())).contains(account);
  }

  @Test
  void accountsAreFoundTogetherAndUnknownOnesLeftOut() {
    var owner = newOwner();
    var one = anAccount().ownedBy(owner).build();
    var two = anAccount().ownedBy(owner).named("Second").build();
    inTx(
        () -> {
          world.accounts().add(one);
          world.accounts().add(two);
        });
    var unknown = AccountId.newId();

    var found = world.accounts().findAll(List.of(two.id(), unknown, one.id()));

    assertThat(found).containsOnly(entry(one.id(), one), entry(two.id(), two));
    assertThat(world.accounts().findAll(List.of())).isEmpty();
  }

  @Test
  void unknownAccountIsNotFound() {
    assertThat(world.accounts().find(AccountId.newId())).isEmpty();
    assertThat(inTx(() -> world.accounts().lock(AccountId.newId()))).isEmpty();
  }

  @Test
  void lockInsideAUnitOfWorkReadsTheAccount() {
    var account = newAccount(newOwner());
    money.deposit(account.id(), eur(5));

    var locked = inTx(() -> world.accounts().lock(account.id()));

    assertThat(locked).contains(reload(account.id()));
  }

  @Test
  void updateStoresNameAndStatusButNeverTheBalance() {
    var account = newAccount(newOwner());
    money.deposit(account.id(), eur(10));
    var stale = account.rename("Holiday").changeStatus(AccountStatus.FROZEN);

    inTx(() -> world.accounts().update(stale));

    var stored = reload(account.id());
    assertThat(stored.name()).isEqualTo("Holiday");
    assertThat(stored.status()).isEqualTo(AccountStatus.FROZEN);
    assertThat(stored.balance()).isEqualTo(eur(10).minor());
  }

  @Test
  void updateOfAnUnknownAccountFails() {
    var neverStored = anAccount().ownedBy(newOwner()).build();

    assertThatThrownBy(() -> inTx(() -> world.accounts().update(neverStored)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void pageByOwnerListsOnlyThatOwnersAccountsOldestFirst() {
    var owner = newOwner();
    var base = TestTime.now();
    var middle = store(anAccount().ownedBy(owner).createdAt(base.plusSeconds(1)).build());
    var newest = store(anAccount().ownedBy(owner).createdAt(base.plusSeconds(2)).build());
    var oldest = store(anAccount().ownedBy(owner).createdAt(base).build());
    newAccount(newOwner());

    var first = world.accounts().pageByOwner(owner, new PageRequest(2, 0));
    var rest = world.accounts().pageByOwner(owner, new PageRequest(2, 2));

    assertThat(first.items()).containsExactly(oldest, middle);
    assertThat(first.total()).isEqualTo(3);
    assertThat(rest.items()).containsExactly(newest);
    assertThat(rest.total()).isEqualTo(3);
  }

  @Test
  void pageAllListsCustomerAccountsOldestFirstWithoutSystemAccounts() {
    var system = world.accounts().systemAccount(AccountType.CASH, TestMoney.EUR);
    var owner = newOwner();
    var base = TestTime.now();
    var later = store(anAccount().ownedBy(owner).createdAt(base.plusSeconds(1)).build());
    var earlier = store(anAccount().ownedBy(newOwner()).createdAt(base).build());
    var mine = Set.of(earlier.id(), later.id());

    var all = allPages(world.accounts()::pageAll);

    assertThat(all).extracting(Account::createdAt).isSorted();
    assertThat(all)
        .noneMatch(Account::isSystem)
        .extracting(Account::id)
        .doesNotContain(system.id());
    assertThat(all.stream().map(Account::id).filter(mine::contains))
        .containsExactly(earlier.id(), later.id());
    assertThat(world.accounts().pageAll(PageRequest.first(1)).total()).isEqualTo(all.size());
  }

  @Test
  void systemAccountIsCreatedOnFirstUseAndReturnedAfterwards() {
    var first = world.accounts().systemAccount(AccountType.PAYMENT_CLEARING, TestMoney.EUR);
    var again = world.accounts().systemAccount(AccountType.PAYMENT_CLEARING, TestMoney.EUR);
    var inUsd = world.accounts().systemAccount(AccountType.PAYMENT_CLEARING, TestMoney.USD);
    var revenue = world.accounts().systemAccount(AccountType.MERCHANT_REVENUE, TestMoney.EUR);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(first.isSystem()).isTrue();
    assertThat(first.ownerId()).isNull();
    assertThat(first.type()).isEqualTo(AccountType.PAYMENT_CLEARING);
    assertThat(first.currency()).isEqualTo(TestMoney.EUR);
    assertThat(first.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(world.accounts().find(first.id())).isPresent();
    assertThat(Set.of(first.id(), inUsd.id(), revenue.id())).hasSize(3);
    assertThat(inUsd.currency()).isEqualTo(TestMoney.USD);
  }

  @Test
  void concurrentFirstUsesOfASystemAccountAgreeOnOne() {
    var currency = Currency.getInstance("CHF");

    var outcomes =
        Race.run(
            8,
            runner ->
                inTx(() -> world.accounts().systemAccount(AccountType.MERCHANT_REVENUE, currency))
                    .id());

    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(outcomes.stream().map(Race.Outcome::value).distinct()).hasSize(1);
  }
}
