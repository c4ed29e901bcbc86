package dev.kassa.domain.ledger;

import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.shared.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * An account's lines between two dates (inclusive), with {@code openingBalance + totalCredits -
 * totalDebits = closingBalance}.
 */
public record Statement(
    AccountId accountId,
    Currency currency,
    LocalDate from,
    LocalDate to,
    Money openingBalance,
    Money closingBalance,
    Money totalCredits,
    Money totalDebits,
    List<AccountTransaction> transactions) {

  public Statement {
    transactions = List.copyOf(transactions);
  }

  public static Statement of(
      AccountId accountId,
      Currency currency,
      LocalDate from,
      LocalDate to,
      Money opening,
      List<AccountTransaction> lines) {
    var credits = Money.zero(currency);
    var debits = Money.zero(currency);
    for (var line : lines) {
      if (line.amount().isPositive()) {
        credits = credits.plus(line.amount());
      } else {
        debits = debits.minus(line.amount());
      }
    }
    var closing = opening.plus(credits).minus(debits);
    return new Statement(accountId, currency, from, to, opening, closing, credits, debits, lines);
  }
}
