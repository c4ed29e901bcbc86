package dev.kassa.application.testdata;

import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.shared.Money;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid, active products for tests: 9.99 EUR, 10 in stock, each builder with a fresh SKU. {@link
 * #freshCategory()} and {@link #freshWord()} scope catalog searches to one test's products.
 */
public final class ProductBuilder {

  private String sku = freshSku();
  private String name = "Test product";
  private String description = "A product made for tests";
  private Money price = TestMoney.eur(9, 99);
  private String category = "tests";
  private List<String> imageUrls = List.of("https://images.kassa.test/product.png");
  private int stock = 10;
  private Instant createdAt = TestTime.now();
  private boolean archived;

  private ProductBuilder() {}

  public static ProductBuilder aProduct() {
    return new ProductBuilder();
  }

  /** A unique SKU, mixed case to exercise case-insensitive uniqueness. */
  public static String freshSku() {
    return "Sku-" + UUID.randomUUID();
  }

  /** A unique category name. */
  public static String freshCategory() {
    return "category-" + randomHex();
  }

  /** A unique word of letters only, for text searches that must find one test's products. */
  public static String freshWord() {
    var word = new StringBuilder("zq");
    for (char digit : randomHex().toCharArray()) {
      word.append((char) ('a' + Character.digit(digit, 16)));
    }
    return word.toString();
  }

  public ProductBuilder withSku(String sku) {
    this.sku = sku;
    return this;
  }

  public ProductBuilder named(String name) {
    this.name = name;
    return this;
  }

  public ProductBuilder describedAs(String description) {
    this.description = description;
    return this;
  }

  public ProductBuilder pricedAt(Money price) {
    this.price = price;
    return this;
  }

  public ProductBuilder inCategory(String category) {
    this.category = category;
    return this;
  }

  public ProductBuilder withImages(List<String> imageUrls) {
    this.imageUrls = imageUrls;
    return this;
  }

  public ProductBuilder withStock(int stock) {
    this.stock = stock;
    return this;
  }

  public ProductBuilder createdAt(Instant createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public ProductBuilder archived() {
    this.archived = true;
    return this;
  }

  public ProductDetails details() {
    return new ProductDetails(sku, name, description, price, category, imageUrls);
  }

  public Product build() {
    var product = Product.create(details(), stock, createdAt);
    return archived ? product.archive(createdAt) : product;
  }

  private static String randomHex() {
    return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
  }
}
