package dev.kassa.adapters.memory;

import dev.kassa.domain.error.NotFoundException;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.Products;
import dev.kassa.domain.product.StockChange;
import dev.kassa.domain.product.StockCheck;
import dev.kassa.domain.product.StockMovement;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The catalog in memory, with a unique index of lower-cased SKUs. Each row keeps an insertion
 * sequence (the tie-break of the newest-first listing) and the words of its text, for search. Each
 * change of stock appends a movement to the stock journal in the same unit of work.
 */
public final class InMemoryProducts implements Products {

  private final InMemoryTransactions transactions;
  private final Table<ProductId, CatalogRow> products;
  private final Table<String, ProductId> skus;
  private final AtomicLong sequence = new AtomicLong();
  private final Table<UUID, Movement> movements;
  private final AtomicLong movementSequence = new AtomicLong();

  private record Movement(long sequence, StockMovement movement) {}

  /** What the seal chain calls a stock movement. */
  static final String SOURCE = "stock_movement";

  public InMemoryProducts(InMemoryTransactions transactions) {
    this.transactions = transactions;
    this.products = new Table<>(transactions);
    this.skus = new Table<>(transactions);
    this.movements = new Table<>(transactions);
  }

  @Override
  public boolean add(Product product) {
    return transactions.inTransaction(
        () -> {
          if (products.find(product.id()).isPresent()) {
            throw new IllegalArgumentException("product " + product.id() + " exists already");
          }
          if (!skus.insert(skuKey(product.sku()), product.id())) {
            return false;
          }
          products.put(product.id(), CatalogRow.of(product, sequence.incrementAndGet()));
          if (product.stock() > 0) {
            record(
                StockMovement.of(
                    product.id(),
                    product.stock(),
                    product.stock(),
                    StockChange.initial(),
                    product.createdAt()));
          }
          return true;
        });
  }

  @Override
  public boolean update(Product product) {
    return transactions.inTransaction(
        () -> {
          var current = row(product.id());
          var oldKey = skuKey(current.product().sku());
          var newKey = skuKey(product.sku());
          if (!oldKey.equals(newKey)) {
            if (!skus.insert(newKey, product.id())) {
              return false;
            }
            skus.remove(oldKey);
          }
          var stored =
              new Product(
                  product.id(),
                  product.details(),
                  current.product().stock(),
                  product.status(),
                  current.product().createdAt(),
                  product.updatedAt());
          products.put(product.id(), current.with(stored));
          return true;
        });
  }

  @Override
  public Optional<Product> find(ProductId id) {
    return products.find(id).map(CatalogRow::product);
  }

  @Override
  public Page<Product> search(ProductQuery query, PageRequest request) {
    var matching =
        products
            .rows()
            .filter(row -> row.matches(query))
            .sorted(CatalogRow.order(query.sort()))
            .map(CatalogRow::product)
            .toList();
    return Page.slice(matching, request);
  }

  @Override
  public OptionalInt takeStock(ProductId id, int quantity, StockChange change, Instant now) {
    requirePositive(quantity);
    return transactions.inTransaction(
        () -> {
          var current = row(id);
          var taken = current.product().taken(quantity, now);
          if (taken.isEmpty()) {
            return OptionalInt.empty();
          }
          var left = taken.get().stock();
          store(current, -quantity, left, change, now);
          return OptionalInt.of(left);
        });
  }

  @Override
  public void returnStock(ProductId id, int quantity, StockChange change, Instant now) {
    requirePositive(quantity);
    transactions.run(
        () -> {
          var current = row(id);
          store(current, quantity, Math.addExact(current.product().stock(), quantity), change, now);
        });
  }

  @Override
  public Optional<Product> adjustStock(ProductId id, int delta, StockChange change, Instant now) {
    if (delta == 0) {
      throw ValidationException.of("delta", "must not be zero");
    }
    return transactions.inTransaction(
        () ->
            products
                .find(id)
                .map(
                    current ->
                        store(
                            current, delta, current.product().adjustedStock(delta), change, now)));
  }

  @Override
  public Page<StockMovement> movements(ProductId id, PageRequest request) {
    var journal =
        movements
            .rows()
            .filter(row -> row.movement().productId().equals(id))
            .sorted(Comparator.comparingLong(Movement::sequence).reversed())
            .map(Movement::movement)
            .toList();
    return Page.slice(journal, request);
  }

  /** Runs as a unit of work, so that it checks one consistent state. */
  @Override
  public StockCheck checkStock() {
    return transactions.inTransaction(
        () -> {
          var sums = new HashMap<ProductId, Long>();
          movements
              .rows()
              .forEach(
                  row ->
                      sums.merge(
                          row.movement().productId(), (long) row.movement().delta(), Long::sum));
          var problems = new ArrayList<String>();
          products
              .rows()
              .map(CatalogRow::product)
              .sorted(Comparator.comparing(Product::id))
              .forEach(
                  product -> {
                    long sum = sums.getOrDefault(product.id(), 0L);
                    if (sum != product.stock()) {
                      problems.add(StockCheck.mismatch(product.id(), product.stock(), sum));
                    }
                  });
          return new StockCheck(products.size(), problems);
        });
  }

  /** The stock movements written after {@code sequence}, for the seal chain. */
  Stream<JournalRow> journalRows(long sequence) {
    return movements
        .rows()
        .filter(row -> row.sequence() > sequence)
        .map(
            row ->
                new JournalRow(
                    SOURCE, row.sequence(), row.movement().id(), row.movement().toString()));
  }

  private void record(StockMovement movement) {
    movements.put(movement.id(), new Movement(movementSequence.incrementAndGet(), movement));
  }

  private Product store(CatalogRow current, int delta, int stock, StockChange change, Instant now) {
    record(StockMovement.of(current.product().id(), delta, stock, change, now));
    var product = current.product();
    var changed =
        new Product(
            product.id(), product.details(), stock, product.status(), product.createdAt(), now);
    products.put(product.id(), current.with(changed));
    return changed;
  }

  private CatalogRow row(ProductId id) {
    return products.find(id).orElseThrow(() -> new NotFoundException("product", id));
  }

  private static String skuKey(String sku) {
    return sku.toLowerCase(Locale.ROOT);
  }

  private static void requirePositive(int quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive");
    }
  }
}
