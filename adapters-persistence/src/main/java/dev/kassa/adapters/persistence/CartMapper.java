package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.CartItemsRecord;
import dev.kassa.domain.cart.Cart;
import dev.kassa.domain.cart.CartItemId;
import dev.kassa.domain.cart.CartLine;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.user.UserId;
import java.util.List;
import java.util.stream.IntStream;

final class CartMapper {

  private CartMapper() {}

  /** The cart of {@code owner} from its item rows, in their order. */
  static Cart toDomain(UserId owner, List<CartItemsRecord> rows) {
    return new Cart(
        owner,
        rows.stream()
            .map(
                row ->
                    new CartLine(
                        new CartItemId(row.getId()),
                        new ProductId(row.getProductId()),
                        row.getQuantity(),
                        row.getAddedAt()))
            .toList());
  }

  static List<CartItemsRecord> toRecords(Cart cart) {
    var lines = cart.lines();
    return IntStream.range(0, lines.size())
        .mapToObj(
            position -> {
              var line = lines.get(position);
              return Rows.of(Tables.CART_ITEMS)
                  .setId(line.id().value())
                  .setOwnerId(cart.owner().value())
                  .setPosition(position)
                  .setProductId(line.productId().value())
                  .setQuantity(line.quantity())
                  .setAddedAt(line.addedAt());
            })
        .toList();
  }
}
