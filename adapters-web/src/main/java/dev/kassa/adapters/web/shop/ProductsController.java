package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.auth.Principal;
import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.RenderedPages;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.catalog.AdjustStock;
import dev.kassa.application.catalog.ArchiveProduct;
import dev.kassa.application.catalog.CreateProduct;
import dev.kassa.application.catalog.GetProduct;
import dev.kassa.application.catalog.ListStockMovements;
import dev.kassa.application.catalog.SearchProducts;
import dev.kassa.application.catalog.UpdateProduct;
import dev.kassa.application.images.ProductImageIds;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.image.ImageId;
import dev.kassa.domain.product.Product;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.product.ProductQuery;
import dev.kassa.domain.product.ProductSort;
import dev.kassa.domain.product.ProductStatus;
import dev.kassa.domain.shared.Page;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/products}: the public catalog (search and read) and its administration (create,
 * update, archive, adjust stock, read the stock journal). The catalog routes are public: an
 * archived product is not found there, except that an admin lists archived products with {@code
 * status=archived}.
 */
public final class ProductsController implements Controller {

  private static final String PRODUCT = "/v1/products/{id}";
  private static final List<ImageId> NONE = List.of();
  private static final long KEPT_LISTINGS = 1_000;

  private final SearchProducts searchProducts;
  private final GetProduct getProduct;
  private final CreateProduct createProduct;
  private final UpdateProduct updateProduct;
  private final ArchiveProduct archiveProduct;
  private final AdjustStock adjustStock;
  private final ListStockMovements listStockMovements;
  private final ProductImageIds imageIds;
  private final RenderedPages listings = new RenderedPages(KEPT_LISTINGS);

  public ProductsController(
      SearchProducts searchProducts,
      GetProduct getProduct,
      CreateProduct createProduct,
      UpdateProduct updateProduct,
      ArchiveProduct archiveProduct,
      AdjustStock adjustStock,
      ListStockMovements listStockMovements,
      ProductImageIds imageIds) {
    this.searchProducts = searchProducts;
    this.getProduct = getProduct;
    this.createProduct = createProduct;
    this.updateProduct = updateProduct;
    this.archiveProduct = archiveProduct;
    this.adjustStock = adjustStock;
    this.listStockMovements = listStockMovements;
    this.imageIds = imageIds;
  }

  @Override
  public void routes(Routes routes) {
    routes
        .get("/v1/products", RouteAccess.PUBLIC, this::search)
        .get(PRODUCT, RouteAccess.PUBLIC, this::get)
        .post("/v1/products", RouteAccess.ADMIN, this::create)
        .put(PRODUCT, RouteAccess.ADMIN, this::update)
        .delete(PRODUCT, RouteAccess.ADMIN, this::archive)
        .post(PRODUCT + "/stock-adjustments", RouteAccess.ADMIN, this::adjustStock)
        .get(PRODUCT + "/stock-movements", RouteAccess.ADMIN, this::stockMovements);
  }

  private void stockMovements(Call call) {
    call.okPage(
        listStockMovements.execute(call.actor(), id(call), call.page()),
        StockMovementResponse::from);
  }

  private void search(Call call) {
    var query =
        new ProductQuery(
            call.query("q", ProductsController::text).orElse(null),
            call.query("category", ProductsController::text).orElse(null),
            call.query("minPrice", Long::parseLong).orElse(null),
            call.query("maxPrice", Long::parseLong).orElse(null),
            call.query("inStock", ProductsController::bool).orElse(null),
            call.query("sort", ProductSort::parse).orElse(ProductSort.NEWEST));
    var status = call.query("status", ProductsController::status).orElse(ProductStatus.ACTIVE);
    if (status == ProductStatus.ARCHIVED) {
      var page = searchProducts.archived(call.actor(), query, call.page());
      var uploaded = imageIds.of(ids(page));
      call.okPage(page, product -> response(product, uploaded));
      return;
    }
    var page = searchProducts.execute(query, call.page());
    var uploaded = imageIds.of(ids(page));
    call.okPage(page, product -> response(product, uploaded), listings, uploaded);
  }

  private static List<ProductId> ids(Page<Product> page) {
    return page.items().stream().map(Product::id).toList();
  }

  private static ProductResponse response(Product product, Map<ProductId, List<ImageId>> uploaded) {
    return ProductResponse.from(product, uploaded.getOrDefault(product.id(), NONE));
  }

  private static ProductStatus status(String raw) {
    return switch (raw) {
      case "active" -> ProductStatus.ACTIVE;
      case "archived" -> ProductStatus.ARCHIVED;
      default -> throw ValidationException.of("status", "must be active or archived");
    };
  }

  private void get(Call call) {
    var actor = call.principal().map(Principal::actor).orElse(null);
    call.ok(response(getProduct.execute(actor, id(call))));
  }

  private void create(Call call) {
    var command = call.command(CreateProductRequest.class, CreateProductRequest::toCommand);
    call.created(response(createProduct.execute(call.actor(), command)));
  }

  private void update(Call call) {
    var id = id(call);
    var command = call.command(UpdateProductRequest.class, UpdateProductRequest::toCommand);
    call.ok(response(updateProduct.execute(call.actor(), id, command)));
  }

  private void archive(Call call) {
    archiveProduct.execute(call.actor(), id(call));
    call.noContent();
  }

  private void adjustStock(Call call) {
    var id = id(call);
    var command = call.command(StockAdjustmentRequest.class, StockAdjustmentRequest::toCommand);
    call.ok(response(adjustStock.execute(call.actor(), id, command)));
  }

  private ProductResponse response(Product product) {
    var uploaded = imageIds.of(List.of(product.id())).getOrDefault(product.id(), NONE);
    return ProductResponse.from(product, uploaded);
  }

  private static ProductId id(Call call) {
    return call.pathId("id", "product", ProductId::of);
  }

  /** Search text as typed; control characters have no place in it. */
  private static String text(String raw) {
    if (raw.chars().anyMatch(Character::isISOControl)) {
      throw ValidationException.of("text", "must not contain control characters");
    }
    return raw;
  }

  private static boolean bool(String raw) {
    return switch (raw) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ValidationException.of("inStock", "must be true or false");
    };
  }
}
