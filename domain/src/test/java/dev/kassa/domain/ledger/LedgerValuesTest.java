package dev.kassa.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.CurrencyMismatchException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerValuesTest {

  @Test
  void transactionFilterRefusesFromAfterTo() {
    var from = Instant.parse("2025-03-02T00:00:00Z");
    var to = Instant.parse("2025-03-01T00:00:00Z");

    assertThatThrownBy(() -> new TransactionFilter(null, null, null, from, to))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsKey("from"));
    assertThat(new TransactionFilter(null, null, null, to, to).from()).isEqualTo(to);
  }

  @Test
  void verificationIsOkExactlyWhenThereAreNoProblems() {
    assertThat(LedgerVerification.of(3, 5, List.of()).ok()).isTrue();
    assertThat(LedgerVerification.of(3, 5, List.of("entry x does not balance")).ok()).isFalse();
    assertThatThrownBy(() -> new LedgerVerification(true, 1, 1, List.of("problem")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLogLineKeepsAmountAndBalanceInOneCurrency() {
    assertThatThrownBy(
            () ->
                new AccountTransaction(
                    TransactionId.newId(),
                    EntryId.newId(),
                    AccountId.newId(),
                    TransactionType.DEPOSIT,
                    Money.of(1, "EUR"),
                    Money.of(1, "USD"),
                    null,
                    new Reference("deposit", UUID.randomUUID()),
                    Instant.EPOCH))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void parsesTransactionTypeCodes() {
    assertThat(TransactionType.parse("transfer_in")).isEqualTo(TransactionType.TRANSFER_IN);
    assertThatThrownBy(() -> TransactionType.parse("TRANSFER_IN"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TransactionType.parse(null)).isInstanceOf(ValidationException.class);
  }
}
