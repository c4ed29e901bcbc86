package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.domain.order.ShippingAddress;

/**
 * The optional {@code shippingAddress} of a checkout or purchase; its own checks (see {@link
 * ShippingAddress}) report each bad field as {@code shippingAddress.<field>}.
 */
public record ShippingAddressRequest(
    String name, String line1, String line2, String postalCode, String city, String country) {

  /** The address, or null when absent or refused (its problems then noted in {@code fields}). */
  static ShippingAddress toDomain(ShippingAddressRequest request, Fields fields) {
    if (request == null) {
      return null;
    }
    return fields.attempt(
        "shippingAddress",
        () ->
            new ShippingAddress(
                request.name(),
                request.line1(),
                request.line2(),
                request.postalCode(),
                request.city(),
                request.country()));
  }
}
