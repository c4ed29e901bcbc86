package dev.kassa.application.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.application.Cryptography;
import dev.kassa.application.Kassa;
import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.application.cards.IssueCard;
import dev.kassa.application.cards.Sha256CardFingerprints;
import dev.kassa.application.cards.UpdateCardStatus;
import dev.kassa.application.fakes.FakeAccessTokens;
import dev.kassa.application.fakes.FakePasswordHasher;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.application.testdata.UserBuilder;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.CardType;
import dev.kassa.domain.event.DomainEvent;
import dev.kassa.domain.event.EventFilter;
import dev.kassa.domain.event.EventType;
import dev.kassa.domain.event.StoredEvent;
import dev.kassa.domain.notification.Notification;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.NotificationSettings;
import dev.kassa.domain.user.Profile;
import dev.kassa.domain.user.Role;
import dev.kassa.domain.user.Users;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerNoticesTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private final MutableClock clock = MutableClock.at("2025-03-10T09:00:00Z");
  private final InMemoryPorts ports = InMemoryPorts.create(clock);
  private final Kassa kassa =
      Kassa.assemble(
          ports,
          new Cryptography(
              new FakePasswordHasher(), new FakeAccessTokens(), new Sha256CardFingerprints()),
          clock,
          AuthSettings.defaults());
  private final CustomerNotices notices =
      new CustomerNotices(ports.users(), ports.accounts(), ports.orders());
  private final List<Notice> mailed = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<dev.kassa.application.events.EventSubscriber> subscribers =
      List.of(
          new InboxNotices(notices, ports.notifications(), clock),
          new MailNotices(notices, mailed::add),
          new SmsNotices(notices, (phone, text) -> texts.add(phone + " " + text)));
  private int delivered;

  private Actor customer(String phone, NotificationSettings settings) {
    var user =
        UserBuilder.aUser()
            .withProfile(new Profile("Grace", "Hopper", null, phone, null))
            .build()
            .withNotifications(settings);
    ports.transactions().run(() -> ports.users().add(user));
    return new Actor(user.id(), Role.CUSTOMER);
  }

  private AccountId account(Actor owner) {
    return kassa
        .openAccount()
        .execute(owner, new OpenAccount.Command(AccountType.CHECKING, EUR, "Daily"))
        .id();
  }

  private void deposit(Actor owner, AccountId account, long minor) {
    kassa
        .postCashTransaction()
        .execute(
            owner,
            new PostCashTransaction.Command(
                account, PostCashTransaction.Kind.DEPOSIT, Money.of(minor, EUR), null));
  }

  private void transfer(
      Actor sender, AccountId from, AccountId to, long minor, String description) {
    kassa
        .transferMoney()
        .execute(sender, new TransferMoney.Command(from, to, Money.of(minor, EUR), description));
  }

  /** Delivers the events appended since the last call to every subscriber that takes them. */
  private void deliverNewEvents() {
    for (StoredEvent event : newEvents()) {
      subscribers.stream().filter(s -> s.accepts(event.type())).forEach(s -> s.deliver(event));
    }
  }

  /** The events appended since the last call, oldest first. */
  private List<StoredEvent> newEvents() {
    var events = ports.outbox().page(EventFilter.all(), PageRequest.first(100)).items().reversed();
    var fresh = events.subList(delivered, events.size());
    delivered = events.size();
    return fresh;
  }

  /** {@code port}, noting each call of its find methods in {@code reads}. */
  private static <T> T counting(Class<T> type, T port, List<String> reads) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, arguments) -> {
              if (method.getName().startsWith("find")) {
                reads.add(type.getSimpleName() + "." + method.getName());
              }
              try {
                return method.invoke(port, arguments);
              } catch (InvocationTargetException failure) {
                throw failure.getCause();
              }
            }));
  }

  private List<Notification> inbox(Actor actor) {
    return ports.notifications().page(actor.id(), false, PageRequest.defaults()).items();
  }

  @Test
  void aTransferToAnotherUserTellsTheReceiverByEveryChannelTheyChoseAndNotTheSender() {
    var sender = customer(null, NotificationSettings.defaults());
    var receiver = customer("+491701234567", new NotificationSettings(true, true));
    var from = account(sender);
    var to = account(receiver);
    deposit(sender, from, 5000);
    deliverNewEvents();
    mailed.clear();

    transfer(sender, from, to, 1050, "rent");
    deliverNewEvents();

    assertThat(mailed)
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.recipient().id()).isEqualTo(receiver.id());
              assertThat(notice.kind()).isEqualTo("transfer.received");
              assertThat(notice.details()).containsEntry("amount", "EUR 10.50");
            });
    assertThat(texts)
        .containsExactly("+491701234567 Kassa: You received EUR 10.50 in your account Daily.");
    assertThat(inbox(receiver)).extracting(Notification::type).containsExactly("transfer.received");
    assertThat(inbox(sender)).extracting(Notification::type).containsExactly("deposit.received");
  }

  @Test
  void aBatchReadsTheAccountsAndUsersOfAllItsNoticesOnceAndTellsWhatOneByOneWould() {
    var sender = customer(null, NotificationSettings.defaults());
    var first = customer(null, NotificationSettings.defaults());
    var second = customer(null, NotificationSettings.defaults());
    var from = account(sender);
    var toFirst = account(first);
    var toSecond = account(second);
    deliverNewEvents();
    deposit(sender, from, 5000);
    transfer(sender, from, toFirst, 100, null);
    transfer(sender, from, toSecond, 200, null);
    var batch = newEvents();
    var reads = new ArrayList<String>();
    var counted =
        new CustomerNotices(
            counting(Users.class, ports.users(), reads),
            counting(Accounts.class, ports.accounts(), reads),
            ports.orders());
    var inbox = new InboxNotices(counted, ports.notifications(), clock);

    var prepared = inbox.prepare(batch);
    batch.forEach(prepared::deliver);

    assertThat(reads).containsExactly("Accounts.findAll", "Users.findAll");
    assertThat(inbox(sender)).extracting(Notification::type).containsExactly("deposit.received");
    assertThat(inbox(first)).extracting(Notification::type).containsExactly("transfer.received");
    assertThat(inbox(second))
        .singleElement()
        .satisfies(notification -> assertThat(notification.body()).contains("EUR 2.00"));
  }

  @Test
  void anEventWhoseNoticeCannotBeMadeFailsAloneInItsBatch() {
    var owner = customer(null, NotificationSettings.defaults());
    var account = account(owner);
    deliverNewEvents();
    deposit(owner, account, 700);
    var deposit = newEvents().getFirst();
    var malformed =
        new StoredEvent(
            DomainEvent.of(
                EventType.TRANSFER_COMPLETED,
                "malformed",
                clock.instant(),
                Map.of(
                    "fromAccountId",
                    "not-an-id",
                    "toAccountId",
                    account.toString(),
                    "amount",
                    100,
                    "currency",
                    "EUR")),
            1);
    var inbox = new InboxNotices(notices, ports.notifications(), clock);

    var prepared = inbox.prepare(List.of(malformed, deposit));

    assertThatThrownBy(() -> prepared.deliver(malformed))
        .isInstanceOf(IllegalArgumentException.class);
    prepared.deliver(deposit);
    assertThat(inbox(owner)).extracting(Notification::type).containsExactly("deposit.received");
  }

  @Test
  void optingOutOfMailKeepsTheInboxAndNoSmsGoesWithoutOptingInOrAPhone() {
    var owner = customer("+491701234567", new NotificationSettings(false, false));
    var account = account(owner);

    deposit(owner, account, 2500);
    deliverNewEvents();

    assertThat(mailed).isEmpty();
    assertThat(texts).isEmpty();
    assertThat(inbox(owner))
        .singleElement()
        .satisfies(
            notification -> {
              assertThat(notification.title()).isEqualTo("Money received");
              assertThat(notification.body())
                  .isEqualTo("EUR 25.00 was deposited into your account Daily.");
              assertThat(notification.isUnread()).isTrue();
            });
  }

  @Test
  void aTransferBetweenOnesOwnAccountsTellsNobody() {
    var owner = customer(null, NotificationSettings.defaults());
    var first = account(owner);
    var second = account(owner);
    deposit(owner, first, 500);
    deliverNewEvents();
    mailed.clear();

    transfer(owner, first, second, 100, null);
    deliverNewEvents();

    assertThat(mailed).isEmpty();
    assertThat(inbox(owner)).hasSize(1);
  }

  @Test
  void aRedeliveredEventAddsNothingToTheInbox() {
    var owner = customer(null, NotificationSettings.defaults());
    var account = account(owner);
    deposit(owner, account, 500);
    deliverNewEvents();

    delivered = 0;
    deliverNewEvents();

    assertThat(inbox(owner)).hasSize(1);
  }

  @Test
  void cardsAreNamedByTheirLastFourDigitsOnlyWhenIssuedAndFrozen() {
    var owner = customer(null, NotificationSettings.defaults());
    var issued =
        kassa.issueCard().execute(owner, new IssueCard.Command(account(owner), CardType.DEBIT));
    kassa
        .updateCardStatus()
        .execute(owner, issued.card().id(), new UpdateCardStatus.Command(CardStatus.FROZEN));
    deliverNewEvents();

    assertThat(mailed).extracting(Notice::kind).containsExactly("card.issued", "card.frozen");
    assertThat(mailed)
        .allSatisfy(
            notice -> {
              assertThat(notice.body()).contains(issued.card().last4());
              assertThat(notice.toString()).doesNotContain(issued.number().digits());
            });
  }
}
