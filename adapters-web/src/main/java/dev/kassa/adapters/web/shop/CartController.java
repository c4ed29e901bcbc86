package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.cart.AddCartItem;
import dev.kassa.application.cart.ClearCart;
import dev.kassa.application.cart.GetCart;
import dev.kassa.application.cart.RemoveCartItem;
import dev.kassa.application.cart.UpdateCartItem;
import dev.kassa.domain.cart.CartItemId;

/** {@code /v1/cart}: the caller's own cart, its lines and their quantities. */
public final class CartController implements Controller {

  private static final String ITEM = "/v1/cart/items/{id}";

  private final GetCart getCart;
  private final AddCartItem addCartItem;
  private final UpdateCartItem updateCartItem;
  private final RemoveCartItem removeCartItem;
  private final ClearCart clearCart;

  public CartController(
      GetCart getCart,
      AddCartItem addCartItem,
      UpdateCartItem updateCartItem,
      RemoveCartItem removeCartItem,
      ClearCart clearCart) {
    this.getCart = getCart;
    this.addCartItem = addCartItem;
    this.updateCartItem = updateCartItem;
    this.removeCartItem = removeCartItem;
    this.clearCart = clearCart;
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get("/v1/cart", RouteAccess.USER, this::get)
        .delete("/v1/cart", RouteAccess.USER, this::clear)
        .post("/v1/cart/items", RouteAccess.USER, this::add)
        .put(ITEM, RouteAccess.USER, this::update)
        .delete(ITEM, RouteAccess.USER, this::remove);
  }

  private void get(Call call) {
    call.ok(CartResponse.from(getCart.execute(call.actor())));
  }

  private void clear(Call call) {
    clearCart.execute(call.actor());
    call.noContent();
  }

  private void add(Call call) {
    var command = call.command(AddCartItemRequest.class, AddCartItemRequest::toCommand);
    call.created(CartItemResponse.from(addCartItem.execute(call.actor(), command)));
  }

  private void update(Call call) {
    var id = id(call);
    var command = call.command(UpdateCartItemRequest.class, UpdateCartItemRequest::toCommand);
    call.ok(CartItemResponse.from(updateCartItem.execute(call.actor(), id, command)));
  }

  private void remove(Call call) {
    removeCartItem.execute(call.actor(), id(call));
    call.noContent();
  }

  private static CartItemId id(Call call) {
    return call.pathId("id", "cart item", CartItemId::of);
  }
}
