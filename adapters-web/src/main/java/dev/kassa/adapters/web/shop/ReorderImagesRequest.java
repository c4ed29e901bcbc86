package dev.kassa.adapters.web.shop;

import dev.kassa.adapters.web.json.Fields;
import dev.kassa.adapters.web.json.Required;
import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.image.ImageId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code PUT /v1/products/{id}/images/order}: every image id of the product, in the new order. */
public record ReorderImagesRequest(@Required List<String> imageIds) {

  /** The ids in order; empty when the list did not bind, whose problem {@code fields} holds. */
  public List<ImageId> toCommand(Fields fields) {
    if (imageIds == null) {
      return List.of();
    }
    if (imageIds.stream().anyMatch(Objects::isNull)) {
      throw ValidationException.of("imageIds", "must not contain null");
    }
    var ids = new ArrayList<ImageId>();
    for (var raw : imageIds) {
      var id = fields.id("imageIds", raw, ImageId::new);
      if (id != null) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }
}
