package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.ProductsRecord;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductDetails;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductStatus;
import dev.kassa.domain.shared.Money;
import java.util.List;

final class ProductMapper {

  private ProductMapper() {}

  static Product toDomain(ProductsRecord row) {
    return new Product(
        new ProductId(row.getId()),
        new ProductDetails(
            row.getSku(),
            row.getName(),
            row.getDescription(),
            Money.of(row.getPrice(), row.getCurrency()),
            row.getCategory(),
            List.of(row.getImageUrls())),
        row.getStock(),
        ProductStatus.fromCode(row.getStatus()),
        row.getCreatedAt(),
        row.getUpdatedAt());
  }

  static ProductsRecord toRecord(Product product) {
    return changes(product)
        .setId(product.id().value())
        .setStock(product.stock())
        .setCreatedAt(product.createdAt());
  }

  /** What an update may change: the details, the status and the update time, never the stock. */
  static ProductsRecord changes(Product product) {
    var details = product.details();
    return Rows.of(Tables.PRODUCTS)
        .setSku(details.sku())
        .setName(details.name())
        .setDescription(details.description())
        .setPrice(details.price().minor())
        .setCurrency(details.price().currency().getCurrencyCode())
        .setCategory(details.category())
        .setImageUrls(details.imageUrls().toArray(String[]::new))
        .setStatus(product.status().code())
        .setUpdatedAt(product.updatedAt());
  }
}
