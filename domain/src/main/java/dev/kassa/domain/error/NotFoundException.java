package dev.kassa.domain.error;

import java.util.Map;

/** The resource does not exist, or belongs to someone the caller may not see. */
public final class NotFoundException extends DomainException {

  public NotFoundException(String resource, Object id) {
    super(
        "not_found",
        resource + " not found.",
        Map.of("resource", resource, "id", String.valueOf(id)));
  }
}
