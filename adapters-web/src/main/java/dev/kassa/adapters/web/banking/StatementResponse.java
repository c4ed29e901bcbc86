package dev.kassa.adapters.web.banking;

import dev.kassa.domain.ledger.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An account's statement between two dates, both inclusive; every amount in minor units of {@code
 * currency}, with {@code openingBalance + totalCredits - totalDebits = closingBalance}.
 */
public record StatementResponse(
    UUID accountId,
    String currency,
    LocalDate from,
    LocalDate to,
    long openingBalance,
    long closingBalance,
    long totalCredits,
    long totalDebits,
    List<TransactionResponse> transactions) {

  public StatementResponse {
    transactions = List.copyOf(transactions);
  }

  public static StatementResponse from(Statement statement) {
    return new StatementResponse(
        statement.accountId().value(),
        statement.currency().getCurrencyCode(),
        statement.from(),
        statement.to(),
        statement.openingBalance().minor(),
        statement.closingBalance().minor(),
        statement.totalCredits().minor(),
        statement.totalDebits().minor(),
        statement.transactions().stream().map(TransactionResponse::from).toList());
  }
}
