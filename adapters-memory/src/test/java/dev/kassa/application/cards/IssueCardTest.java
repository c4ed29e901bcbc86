package dev.kassa.application.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.application.accounts.UpdateAccount;
import dev.kassa.application.banking.BankWorld;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.audit.AuditTypes;
import dev.kassa.domain.card.CardFingerprints;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.CardType;
import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IssueCardTest {

  private final BankWorld world = new BankWorld();
  private final Actor alice = world.customer();
  private final AccountId account = world.openAccount(alice).id();

  @Test
  void returnsTheFullNumberOnceAndStoresOnlyLastFourAndFingerprint() {
    var issued = issueCard(new Sha256CardFingerprints()).execute(alice, command(CardType.DEBIT));

    var digits = issued.number().digits();
    var stored = world.ports().cards().find(issued.card().id()).orElseThrow();
    assertThat(digits).matches("[0-9]{16}");
    assertThat(stored.last4()).isEqualTo(digits.substring(12));
    assertThat(stored.fingerprint()).isEqualTo(Sha256CardFingerprints.of(digits));
    assertThat(stored.toString()).doesNotContain(digits);
    assertThat(stored.status()).isEqualTo(CardStatus.ACTIVE);
    assertThat(stored.ownerId()).isEqualTo(alice.id());
    assertThat(stored.accountId()).isEqualTo(account);
    assertThat(stored.expYear()).isEqualTo(2029);
    assertThat(stored.expMonth()).isEqualTo(3);
  }

  @Test
  void theAuditEventNamesOnlyTheLastFour() {
    var issued = issueCard(new Sha256CardFingerprints()).execute(alice, command(CardType.VIRTUAL));

    assertThat(world.auditEvents())
        .filteredOn(event -> event.type().equals(AuditTypes.CARD_ISSUED))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.details()).containsEntry("last4", issued.card().last4());
              assertThat(event.details().values()).doesNotContain(issued.number().digits());
            });
  }

  @Test
  void drawsAnotherNumberWhenTheFingerprintIsTaken() {
    var calls = new AtomicInteger();
    CardFingerprints firstCollides =
        number ->
            calls.getAndIncrement() < 2 ? "taken" : Sha256CardFingerprints.of(number.digits());
    var issueCard = issueCard(firstCollides);
    issueCard.execute(alice, command(CardType.DEBIT));

    var second = issueCard.execute(alice, command(CardType.DEBIT));

    assertThat(calls).hasValue(3);
    assertThat(second.card().fingerprint())
        .isEqualTo(Sha256CardFingerprints.of(second.number().digits()));
    assertThat(world.ports().cards().pageByOwner(alice.id(), PageRequest.defaults()).total())
        .isEqualTo(2);
  }

  @Test
  void givesUpWhenEveryDrawnNumberIsTaken() {
    var issueCard = issueCard(number -> "always the same");
    issueCard.execute(alice, command(CardType.DEBIT));

    assertThatThrownBy(() -> issueCard.execute(alice, command(CardType.DEBIT)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(world.ports().cards().pageByOwner(alice.id(), PageRequest.defaults()).total())
        .isEqualTo(1);
    assertThat(world.auditEvents())
        .filteredOn(e -> e.type().equals(AuditTypes.CARD_ISSUED))
        .hasSize(1);
  }

  @Test
  void inactiveAccountIsRefused() {
    world
        .updateAccount()
        .execute(alice, account, new UpdateAccount.Command(null, AccountStatus.FROZEN));

    assertThatThrownBy(
            () -> issueCard(new Sha256CardFingerprints()).execute(alice, command(CardType.DEBIT)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_not_active"));
    assertThat(world.ports().cards().pageByOwner(alice.id(), PageRequest.defaults()).items())
        .isEmpty();
  }

  @Test
  void anotherUsersAccountIsNotFoundEvenForAnAdmin() {
    var issueCard = issueCard(new Sha256CardFingerprints());

    assertThatThrownBy(() -> issueCard.execute(world.customer(), command(CardType.DEBIT)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> issueCard.execute(world.admin(), command(CardType.DEBIT)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listsAndReadsOnlyTheCallersCards() {
    var issued = issueCard(new Sha256CardFingerprints()).execute(alice, command(CardType.DEBIT));
    var mallory = world.customer();
    var getCard = new GetCard(world.ports().cards());
    var listCards = new ListCards(world.ports().cards());

    assertThat(getCard.execute(alice, issued.card().id())).isEqualTo(issued.card());
    assertThat(getCard.execute(world.admin(), issued.card().id())).isEqualTo(issued.card());
    assertThatThrownBy(() -> getCard.execute(mallory, issued.card().id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(listCards.execute(alice, PageRequest.defaults()).items())
        .containsExactly(issued.card());
    assertThat(listCards.execute(mallory, PageRequest.defaults()).items()).isEmpty();
  }

  private IssueCard issueCard(CardFingerprints fingerprints) {
    var ports = world.ports();
    return new IssueCard(
        ports.transactions(),
        ports.accounts(),
        ports.cards(),
        fingerprints,
        ports.auditLog(),
        ports.outbox(),
        world.clock());
  }

  private IssueCard.Command command(CardType type) {
    return new IssueCard.Command(account, type);
  }
}
