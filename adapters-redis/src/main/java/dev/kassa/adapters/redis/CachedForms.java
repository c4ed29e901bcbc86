package dev.kassa.adapters.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * How cache entries look in Redis: JSON of the value with the generation it was loaded at. An entry
 * that does not read back (written by another version of Kassa, say) counts as a miss.
 */
final class CachedForms {

  /** A product (or the knowledge that the id is unknown) loaded at {@code generation}. */
  record ProductEntry(long generation, Product product) {}

  /** A page of a listing loaded at {@code generation}. */
  record ListingEntry(long generation, Page<Product> page) {}

  /** The ids of a product's images, in their order, loaded at {@code generation}. */
  record ImageIdsEntry(long generation, List<String> ids) {

    List<ImageId> imageIds() {
      return ids.stream().map(ImageId::of).toList();
    }
  }

  private record ListingKey(ProductQuery query, int limit, int offset) {}

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  String write(long generation, Optional<Product> product) {
    return json(new ProductEntry(generation, product.orElse(null)));
  }

  String write(long generation, Page<Product> page) {
    return json(new ListingEntry(generation, page));
  }

  String write(long generation, List<ImageId> imageIds) {
    return json(new ImageIdsEntry(generation, imageIds.stream().map(ImageId::toString).toList()));
  }

  Optional<ProductEntry> readProduct(String json) {
    return read(json, ProductEntry.class);
  }

  Optional<ListingEntry> readListing(String json) {
    return read(json, ListingEntry.class);
  }

  Optional<ImageIdsEntry> readImageIds(String json) {
    return read(json, ImageIdsEntry.class).filter(entry -> entry.ids() != null);
  }

  /** A short name for a query and page: the SHA-256 of their JSON. */
  String listingName(ProductQuery query, PageRequest request) {
    var text = json(new ListingKey(query, request.limit(), request.offset()));
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every JDK has SHA-256", missing);
    }
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException failed) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), failed);
    }
  }

  private <T> Optional<T> read(String json, Class<T> type) {
    try {
      return Optional.of(mapper.readValue(json, type));
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}
