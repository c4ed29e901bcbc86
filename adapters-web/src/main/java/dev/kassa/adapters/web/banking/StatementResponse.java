package dev.kassa.adapters.web.banking;

import dev.kassa.application.statements.ItemizedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An account's statement between two dates, both inclusive; every amount in minor units of {@code
 * currency}, with {@code openingBalance + totalCredits - totalDebits = closingBalance}; a purchase
 * or card payment carries the items of its order.
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
    List<StatementLineResponse> transactions) {

  public StatementResponse {
    transactions = List.copyOf(transactions);
  }

  public static StatementResponse from(ItemizedStatement itemized) {
    var statement = itemized.statement();
    return new StatementResponse(
        statement.accountId().value(),
        statement.currency().getCurrencyCode(),
        statement.from(),
        statement.to(),
        statement.openingBalance().minor(),
        statement.closingBalance().minor(),
        statement.totalCredits().minor(),
        statement.totalDebits().minor(),
        statement.transactions().stream()
            .map(line -> StatementLineResponse.from(line, itemized.itemsOf(line)))
            .toList());
  }
}
