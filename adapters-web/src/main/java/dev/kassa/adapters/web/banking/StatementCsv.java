package dev.kassa.adapters.web.banking;

import dev.kassa.application.statements.ItemizedStatement;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.Statement;
import dev.kassa.domain.order.OrderLine;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A statement's lines as RFC 4180 CSV: a header row, then one row per transaction, CRLF line ends.
 * Amounts are plain decimals ({@code -10.50}); the last cell lists the items a purchase or card
 * payment paid for ({@code 2 x Mug @ 4.50; 1 x Pot @ 12.00}). A text cell that a spreadsheet would
 * read as a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with a
 * single quote, so that a description can never run as one.
 */
final class StatementCsv {

  static final String CONTENT_TYPE = "text/csv; charset=utf-8";

  private static final List<String> HEADER =
      List.of(
          "date",
          "type",
          "description",
          "amount",
          "currency",
          "balance_after",
          "reference",
          "items");
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final String CRLF = "\r\n";

  private StatementCsv() {}

  static String of(ItemizedStatement itemized) {
    var csv = new StringBuilder();
    row(csv, HEADER.stream().map(StatementCsv::text).toList());
    for (var line : itemized.statement().transactions()) {
      row(csv, cells(line, itemized.itemsOf(line)));
    }
    return csv.toString();
  }

  /** {@code statement-<accountId>-<from>-<to>.csv} */
  static String fileName(Statement statement) {
    return "statement-%s-%s-%s.csv"
        .formatted(statement.accountId(), statement.from(), statement.to());
  }

  private static List<String> cells(AccountTransaction line, List<OrderLine> items) {
    var reference = line.reference();
    return List.of(
        text(line.createdAt().toString()),
        text(line.type().code()),
        text(line.description() == null ? "" : line.description()),
        line.amount().toDecimalString(),
        text(line.amount().currency().getCurrencyCode()),
        line.balanceAfter().toDecimalString(),
        text(reference.kind() + ":" + reference.id()),
        text(items.stream().map(StatementCsv::item).collect(Collectors.joining("; "))));
  }

  /** {@code 2 x Mug @ 4.50}: the quantity, the name and the unit price of an order line. */
  private static String item(OrderLine line) {
    return line.quantity() + " x " + line.name() + " @ " + line.unitPrice().toDecimalString();
  }

  private static void row(StringBuilder csv, List<String> cells) {
    csv.append(String.join(",", cells)).append(CRLF);
  }

  /** A text cell, defused against formula injection, then quoted if it needs to be. */
  static String text(String value) {
    var safe =
        !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
