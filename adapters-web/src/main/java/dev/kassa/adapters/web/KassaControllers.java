package dev.kassa.adapters.web;

import dev.kassa.adapters.web.operations.HealthCheck;
import dev.kassa.adapters.web.operations.OpenApiDocument;
import dev.kassa.adapters.web.operations.OperationsController;
import dev.kassa.application.Kassa;
import java.util.List;
import java.util.Map;

/** Every route of the Kassa API, in one place: the controllers, built from the use cases. */
public final class KassaControllers {

  private KassaControllers() {}

  /**
   * @param healthChecks what {@code GET /v1/health} checks, by name
   */
  public static List<Controller> all(Kassa kassa, Map<String, HealthCheck> healthChecks) {
    return List.of(new OperationsController(healthChecks, OpenApiDocument.fromClasspath()));
  }
}
