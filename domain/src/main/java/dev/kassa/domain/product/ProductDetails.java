package dev.kassa.domain.product;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an admin says about a product, checked as a whole: SKU, name, description, price, category
 * and image URLs. Stock is not part of it; it changes only through stock adjustments.
 */
public record ProductDetails(
    String sku,
    String name,
    String description,
    Money price,
    String category,
    List<String> imageUrls) {

  public static final int MAX_IMAGES = 20;

  /**
   * The highest price, in minor units: low enough that no cart or order total (at most {@value
   * dev.kassa.domain.cart.Cart#MAX_LINES} lines of {@value
   * dev.kassa.domain.cart.CartLine#MAX_QUANTITY} units) can overflow.
   */
  public static final long MAX_PRICE = 1_000_000_000_000L;

  public ProductDetails {
    sku = sku == null ? null : sku.strip();
    name = name == null ? null : name.strip();
    description = description == null ? "" : description.strip();
    category = category == null ? null : category.strip().toLowerCase(Locale.ROOT);
    var problems = new ValidationException.Collector();
    if (imageUrls != null && imageUrls.stream().anyMatch(Objects::isNull)) {
      throw ValidationException.of("imageUrls", "must not contain null");
    }
    imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
    problems
        .check(
            sku != null && sku.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"),
            "sku",
            "must be 1 to 64 letters, digits, dots, dashes or underscores")
        .check(
            name != null && !name.isEmpty() && name.length() <= 200,
            "name",
            "must be 1 to 200 characters")
        .check(description.length() <= 5000, "description", "must be at most 5000 characters")
        .check(
            price != null && price.minor() > 0 && price.minor() <= MAX_PRICE,
            "price",
            "must be greater than zero and at most " + MAX_PRICE + " minor units")
        .check(
            category != null && category.matches("[a-z0-9][a-z0-9 _-]{0,63}"),
            "category",
            "must be 1 to 64 letters, digits, spaces, dashes or underscores")
        .check(imageUrls.size() <= MAX_IMAGES, "imageUrls", "at most " + MAX_IMAGES + " images")
        .check(
            imageUrls.stream().allMatch(ProductDetails::isHttpUrl),
            "imageUrls",
            "must be http or https URLs");
    problems.throwIfAny();
  }

  private static boolean isHttpUrl(String text) {
    try {
      var uri = new URI(text);
      return uri.getHost() != null
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && text.length() <= 2000;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
