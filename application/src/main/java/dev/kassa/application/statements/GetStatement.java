package dev.kassa.application.statements;

import dev.kassa.application.accounts.AccountLookup;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.Accounts;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.ledger.Ledger;
import dev.kassa.domain.ledger.Statement;
import dev.kassa.domain.order.OrderLine;
import dev.kassa.domain.order.Orders;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account's statement between two UTC dates, both inclusive, with the items of the orders its
 * purchases and card payments paid for. Without {@code from} it starts on the day the account was
 * opened; without {@code to} it ends today.
 */
public final class GetStatement {

  /** The longest period one statement covers. */
  public static final int MAX_DAYS = 366;

  public record Query(AccountId accountId, LocalDate from, LocalDate to) {}

  private final Transactions transactions;
  private final Accounts accounts;
  private final Ledger ledger;
  private final Orders orders;
  private final Clock clock;

  public GetStatement(
      Transactions transactions, Accounts accounts, Ledger ledger, Orders orders, Clock clock) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.ledger = ledger;
    this.orders = orders;
    this.clock = clock;
  }

  public ItemizedStatement execute(Actor actor, Query query) {
    var account = AccountLookup.visible(accounts, actor, query.accountId());
    var to = query.to() != null ? query.to() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    var from =
        query.from() != null
            ? query.from()
            : LocalDate.ofInstant(account.createdAt(), ZoneOffset.UTC);
    if (from.isAfter(to)) {
      throw ValidationException.of("from", "must not be after to");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw ValidationException.of("to", "a statement covers at most " + MAX_DAYS + " days");
    }
    var start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    var end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return transactions.reading(
        () -> {
          var statement =
              Statement.of(
                  account.id(),
                  account.currency(),
                  from,
                  to,
                  ledger.balanceBefore(account.id(), start),
                  ledger.lines(account.id(), start, end));
          return new ItemizedStatement(statement, ordersPaidIn(statement));
        });
  }

  private Map<OrderId, List<OrderLine>> ordersPaidIn(Statement statement) {
    var items = new HashMap<OrderId, List<OrderLine>>();
    statement.transactions().stream()
        .map(ItemizedStatement::paidOrder)
        .flatMap(Optional::stream)
        .distinct()
        .forEach(id -> orders.find(id).ifPresent(order -> items.put(id, order.lines())));
    return items;
  }
}
