package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.persistence.testing.TestDatabase;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentChange;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.shared.OrderId;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Orders stored before payments had providers and histories read back whole after V6. */
class PaymentsMigrationTest {

  private static final Instant PAID_AT = Instant.parse("2025-01-10T10:00:00Z");
  private static final Instant REFUNDED_AT = Instant.parse("2025-01-11T12:00:00Z");

  @Test
  void earlierPaymentsBecomeInHouseWithTheHistoryTheirStatusImplies() {
    try (var pool =
        ConnectionPools.open(TestDatabase.emptyDatabase(), "kassa-v6", 2, PoolTimeouts.API)) {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .target("5")
          .load()
          .migrate();
      var sql = DSL.using(pool, SQLDialect.POSTGRES);
      var user = UUID.randomUUID();
      var account = UUID.randomUUID();
      var entry = UUID.randomUUID();
      sql.execute(
          "insert into users (id, email, password_hash, role, first_name, last_name, created_at)"
              + " values (?, 'old@kassa.test', 'x', 'customer', 'Old', 'Buyer', ?::timestamptz)",
          user,
          at(PAID_AT));
      sql.execute(
          "insert into accounts (id, owner_id, type, currency, name, status, created_at)"
              + " values (?, ?, 'checking', 'EUR', 'Main', 'active', ?::timestamptz)",
          account,
          user,
          at(PAID_AT));
      sql.execute(
          "insert into journal_entries (id, currency, reference_kind, reference_id, created_at)"
              + " values (?, 'EUR', 'order', ?, ?::timestamptz)",
          entry,
          UUID.randomUUID(),
          at(PAID_AT));
      var captured = order(sql, user, account, entry, "paid", "captured", 0);
      var refunded = order(sql, user, account, entry, "cancelled", "refunded", 1000);

      Migrations.migrate(pool);

      var orders = JooqPorts.over(pool, JooqPortsUnderTest.CLOCK).orders();
      var stillCaptured = orders.find(captured).orElseThrow().payment();
      var nowRefunded = orders.find(refunded).orElseThrow().payment();
      assertThat(stillCaptured.provider()).isEqualTo(Payment.IN_HOUSE);
      assertThat(stillCaptured.providerRef()).isNull();
      assertThat(stillCaptured.history())
          .containsExactly(new PaymentChange(PaymentStatus.CAPTURED, PAID_AT));
      assertThat(nowRefunded.history())
          .containsExactly(
              new PaymentChange(PaymentStatus.CAPTURED, PAID_AT),
              new PaymentChange(PaymentStatus.REFUNDED, REFUNDED_AT));
    }
  }

  private static OrderId order(
      DSLContext sql,
      UUID user,
      UUID account,
      UUID entry,
      String status,
      String paymentStatus,
      long refunded) {
    var id = UUID.randomUUID();
    var product = UUID.randomUUID();
    sql.execute(
        "insert into products (id, sku, name, description, price, currency, category, stock,"
            + " image_urls, status, created_at, updated_at) values (?, ?, 'Old', 'Old', 1000,"
            + " 'EUR', 'old', 1, '{}', 'active', ?::timestamptz, ?::timestamptz)",
        product,
        "OLD-" + id,
        at(PAID_AT),
        at(PAID_AT));
    sql.execute(
        "insert into orders (id, user_id, kind, status, currency, payment_id, payment_method,"
            + " payment_status, payment_amount, payment_refunded, payment_account_id,"
            + " payment_entry_id, payment_created_at, created_at, updated_at) values (?, ?,"
            + " 'checkout', ?, 'EUR', ?, 'account', ?, 1000, ?, ?, ?, ?::timestamptz, ?::timestamptz,"
            + " ?::timestamptz)",
        id,
        user,
        status,
        UUID.randomUUID(),
        paymentStatus,
        refunded,
        account,
        entry,
        at(PAID_AT),
        at(PAID_AT),
        at(refunded > 0 ? REFUNDED_AT : PAID_AT));
    sql.execute(
        "insert into order_lines (order_id, position, product_id, sku, name, unit_price,"
            + " quantity) values (?, 0, ?, 'OLD', 'Old', 1000, 1)",
        id,
        product);
    sql.execute(
        "insert into order_status_history (order_id, position, status, changed_at)"
            + " values (?, 0, ?, ?::timestamptz)",
        id,
        status,
        at(PAID_AT));
    return new OrderId(id);
  }

  private static String at(Instant instant) {
    return instant.toString();
  }
}
