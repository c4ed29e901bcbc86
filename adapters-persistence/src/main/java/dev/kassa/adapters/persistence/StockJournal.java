package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.PRODUCTS;
import static dev.kassa.adapters.persistence.jooq.Tables.STOCK_MOVEMENTS;

import dev.kassa.adapters.persistence.jooq.tables.records.StockMovementsRecord;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.StockChange;
import dev.kassa.domain.product.StockCheck;
import dev.kassa.domain.product.StockMovement;
import dev.kassa.domain.product.StockReason;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The stock journal in PostgreSQL: written by {@link JooqProducts} with each change of stock (held
 * back with the other writes of a grouped unit of work).
 */
final class StockJournal {

  private StockJournal() {}

  private static final RenderedInsert<StockMovementsRecord> INSERT =
      new RenderedInsert<>(
          STOCK_MOVEMENTS,
          List.of(
              STOCK_MOVEMENTS.ID,
              STOCK_MOVEMENTS.PRODUCT_ID,
              STOCK_MOVEMENTS.DELTA,
              STOCK_MOVEMENTS.STOCK_AFTER,
              STOCK_MOVEMENTS.REASON,
              STOCK_MOVEMENTS.ORDER_ID,
              STOCK_MOVEMENTS.ACTOR_ID,
              STOCK_MOVEMENTS.CREATED_AT));

  /** Inserts {@code movement}, or holds it back inside a grouped unit of work. */
  static void record(JooqDatabase database, StockMovement movement) {
    database.insert(WriteBehind.Held.STOCK_MOVEMENTS, INSERT, List.of(toRecord(movement)));
  }

  static Page<StockMovement> page(DSLContext dsl, ProductId id, PageRequest request) {
    return Pages.fetch(
        dsl,
        STOCK_MOVEMENTS,
        STOCK_MOVEMENTS.PRODUCT_ID.eq(id.value()),
        List.of(STOCK_MOVEMENTS.SEQ.desc()),
        request,
        StockJournal::toDomain);
  }

  /** One statement, so that it compares stock and movements in one snapshot. */
  static StockCheck check(DSLContext dsl) {
    var sums =
        DSL.select(STOCK_MOVEMENTS.PRODUCT_ID, DSL.sum(STOCK_MOVEMENTS.DELTA).as("total"))
            .from(STOCK_MOVEMENTS)
            .groupBy(STOCK_MOVEMENTS.PRODUCT_ID)
            .asTable("sums");
    var total = DSL.coalesce(sums.field("total", BigDecimal.class), BigDecimal.ZERO);
    var rows =
        dsl.select(PRODUCTS.ID, PRODUCTS.STOCK, total)
            .from(PRODUCTS)
            .leftJoin(sums)
            .on(sums.field(STOCK_MOVEMENTS.PRODUCT_ID).eq(PRODUCTS.ID))
            .orderBy(PRODUCTS.ID)
            .fetch();
    var problems = new ArrayList<String>();
    for (var row : rows) {
      long sum = row.value3().longValueExact();
      if (sum != row.value2()) {
        problems.add(StockCheck.mismatch(new ProductId(row.value1()), row.value2(), sum));
      }
    }
    return new StockCheck(rows.size(), problems);
  }

  private static StockMovementsRecord toRecord(StockMovement movement) {
    var change = movement.change();
    return Rows.of(STOCK_MOVEMENTS)
        .setId(movement.id())
        .setProductId(movement.productId().value())
        .setDelta(movement.delta())
        .setStockAfter(movement.stockAfter())
        .setReason(movement.reason().code())
        .setOrderId(change.orderId() == null ? null : change.orderId().value())
        .setActorId(change.actorId() == null ? null : change.actorId().value())
        .setCreatedAt(movement.createdAt());
  }

  private static StockMovement toDomain(StockMovementsRecord row) {
    var change =
        new StockChange(
            StockReason.fromCode(row.getReason()),
            row.getOrderId() == null ? null : new OrderId(row.getOrderId()),
            row.getActorId() == null ? null : new UserId(row.getActorId()));
    return new StockMovement(
        row.getId(),
        new ProductId(row.getProductId()),
        row.getDelta(),
        row.getStockAfter(),
        change,
        row.getCreatedAt());
  }
}
