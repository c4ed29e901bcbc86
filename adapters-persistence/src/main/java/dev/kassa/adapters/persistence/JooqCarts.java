package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.CARTS;
import static dev.kassa.adapters.persistence.jooq.Tables.CART_ITEMS;

import dev.kassa.domain.cart.Cart;
import dev.kassa.domain.cart.Carts;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.UserId;
import org.jooq.DSLContext;

/**
 * Carts in PostgreSQL: a {@code carts} row per user, created on first use, and its items in order.
 * {@link #lock} locks that row ({@code SELECT ... FOR UPDATE}), even for an empty cart; {@link
 * #save} replaces the items in one unit of work.
 */
public final class JooqCarts implements Carts {

  private final JooqDatabase database;
  private final Transactions transactions;

  public JooqCarts(JooqDatabase database, Transactions transactions) {
    this.database = database;
    this.transactions = transactions;
  }

  @Override
  public Cart get(UserId owner) {
    return read(database.dsl(), owner);
  }

  @Override
  public Cart lock(UserId owner) {
    var dsl = database.requireUnitOfWork();
    ensureRow(dsl, owner);
    dsl.selectFrom(CARTS).where(CARTS.OWNER_ID.eq(owner.value())).forUpdate().execute();
    return read(dsl, owner);
  }

  @Override
  public void save(Cart cart) {
    transactions.run(
        () -> {
          var dsl = database.dsl();
          ensureRow(dsl, cart.owner());
          dsl.deleteFrom(CART_ITEMS).where(CART_ITEMS.OWNER_ID.eq(cart.owner().value())).execute();
          Inserts.all(dsl, CART_ITEMS, CartMapper.toRecords(cart));
        });
  }

  private static void ensureRow(DSLContext dsl, UserId owner) {
    dsl.insertInto(CARTS).set(CARTS.OWNER_ID, owner.value()).onConflictDoNothing().execute();
  }

  private static Cart read(DSLContext dsl, UserId owner) {
    var items =
        dsl.selectFrom(CART_ITEMS)
            .where(CART_ITEMS.OWNER_ID.eq(owner.value()))
            .orderBy(CART_ITEMS.POSITION)
            .fetch();
    return CartMapper.toDomain(owner, items);
  }
}
