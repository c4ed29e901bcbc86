package dev.kassa.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Checks that a statement adds up, and that its CSV says the same as its JSON. */
final class StatementChecks {

  private StatementChecks() {}

  /**
   * {@code openingBalance + totalCredits - totalDebits = closingBalance}, totals from the lines.
   */
  static void assertAddsUp(JsonNode statement) {
    var credits = 0L;
    var debits = 0L;
    for (var line : statement.get("transactions")) {
      var amount = line.get("amount").asLong();
      if (amount > 0) {
        credits += amount;
      } else {
        debits -= amount;
      }
    }
    assertThat(statement.get("totalCredits").asLong()).isEqualTo(credits);
    assertThat(statement.get("totalDebits").asLong()).isEqualTo(debits);
    assertThat(
            statement.get("openingBalance").asLong()
                + statement.get("totalCredits").asLong()
                - statement.get("totalDebits").asLong())
        .isEqualTo(statement.get("closingBalance").asLong());
  }

  /** The CSV has a header and one row per statement line, with the same types and amounts. */
  static void assertCsvMatches(String csv, JsonNode statement) {
    var rows = csv.split("\r\n");
    var header = List.of(rows[0].split(","));
    assertThat(header).contains("type", "amount", "currency");
    var type = header.indexOf("type");
    var amount = header.indexOf("amount");
    var fromCsv = new ArrayList<String>();
    var sum = BigDecimal.ZERO;
    for (var row : List.of(rows).subList(1, rows.length)) {
      var cells = row.split(",", -1);
      var cents = new BigDecimal(cells[amount]).movePointRight(2).longValueExact();
      fromCsv.add(cells[type] + " " + cents);
      sum = sum.add(new BigDecimal(cells[amount]));
    }
    var fromJson =
        statement
            .get("transactions")
            .valueStream()
            .map(line -> line.get("type").asText() + " " + line.get("amount").asLong())
            .toList();
    assertThat(fromCsv).containsExactlyInAnyOrderElementsOf(fromJson);
    assertThat(sum.movePointRight(2).longValueExact())
        .isEqualTo(
            statement.get("closingBalance").asLong() - statement.get("openingBalance").asLong());
  }
}
