package dev.kassa.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.application.testdata.TestTime;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.Card;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.card.CardNumber;
import dev.kassa.domain.card.CardStatus;
import dev.kassa.domain.card.CardType;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link dev.kassa.domain.card.Cards} adapter must do. */
public abstract class CardsContract extends PortContract {

  private final SplittableRandom random = new SplittableRandom();

  @Test
  void addedCardIsFound() {
    var owner = newOwner();
    var card = card(owner, freshFingerprint(), TestTime.now());

    var added = inTx(() -> world.cards().add(card));

    assertThat(added).isTrue();
    assertThat(world.cards().find(card.id())).contains(card);
  }

  @Test
  void cardWithAnExistingFingerprintIsNotAdded() {
    var fingerprint = freshFingerprint();
    var first = card(newOwner(), fingerprint, TestTime.now());
    var second = card(newOwner(), fingerprint, TestTime.now());
    inTx(() -> world.cards().add(first));

    var added = inTx(() -> world.cards().add(second));

    assertThat(added).isFalse();
    assertThat(world.cards().find(second.id())).isEmpty();
    assertThat(world.cards().find(first.id())).contains(first);
  }

  @Test
  void updateStoresTheNewStatus() {
    var card = card(newOwner(), freshFingerprint(), TestTime.now());
    inTx(() -> world.cards().add(card));
    var frozen = card.withStatus(CardStatus.FROZEN);

    inTx(() -> world.cards().update(frozen));

    assertThat(world.cards().find(card.id())).contains(frozen);
  }

  @Test
  void pageByOwnerListsOnlyThatOwnersCardsOldestFirst() {
    var owner = newOwner();
    var base = TestTime.now();
    var middle = card(owner, freshFingerprint(), base.plusSeconds(1));
    var newest = card(owner, freshFingerprint(), base.plusSeconds(2));
    var oldest = card(owner, freshFingerprint(), base);
    var strangers = card(newOwner(), freshFingerprint(), base);
    inTx(
        () -> {
          world.cards().add(middle);
          world.cards().add(newest);
          world.cards().add(oldest);
          world.cards().add(strangers);
        });

    var first = world.cards().pageByOwner(owner, new PageRequest(2, 0));
    var rest = world.cards().pageByOwner(owner, new PageRequest(2, 2));

    assertThat(first.items()).containsExactly(oldest, middle);
    assertThat(first.total()).isEqualTo(3);
    assertThat(rest.items()).containsExactly(newest);
    assertThat(world.cards().find(CardId.newId())).isEmpty();
  }

  @Test
  void byAccountListsEveryCardOfThatAccountOldestFirst() {
    var owner = newOwner();
    var account = newAccount(owner);
    var base = TestTime.now();
    var newer = onAccount(account.id(), owner, base.plusSeconds(1));
    var older = onAccount(account.id(), owner, base);
    var elsewhere = card(owner, freshFingerprint(), base);
    inTx(
        () -> {
          world.cards().add(newer);
          world.cards().add(older);
          world.cards().add(elsewhere);
        });
    var frozen = newer.withStatus(CardStatus.FROZEN);
    inTx(() -> world.cards().update(frozen));

    assertThat(world.cards().byAccount(account.id())).containsExactly(older, frozen);
    assertThat(world.cards().byAccount(newAccount(owner).id())).isEmpty();
  }

  private Card onAccount(AccountId account, UserId owner, Instant at) {
    return Card.issue(
        account, owner, CardType.DEBIT, CardNumber.generate(random), freshFingerprint(), at);
  }

  private Card card(UserId owner, String fingerprint, Instant at) {
    var account = newAccount(owner);
    return Card.issue(
        account.id(), owner, CardType.VIRTUAL, CardNumber.generate(random), fingerprint, at);
  }

  private static String freshFingerprint() {
    return "test-" + UUID.randomUUID();
  }
}
