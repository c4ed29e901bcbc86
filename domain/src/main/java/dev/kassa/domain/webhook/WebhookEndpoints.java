package dev.kassa.domain.webhook;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The registered webhook endpoints. */
public interface WebhookEndpoints {

  /**
   * Adds an endpoint.
   *
   * @throws IllegalArgumentException when an endpoint of that id exists
   */
  void add(WebhookEndpoint endpoint);

  Optional<WebhookEndpoint> find(WebhookEndpointId id);

  /**
   * The endpoint, locked until the current unit of work ends (a concurrent {@code lock} of it
   * waits), so that what is decided from it and then written is not lost to another writer.
   */
  Optional<WebhookEndpoint> lock(WebhookEndpointId id);

  /**
   * Replaces the stored endpoint of that id.
   *
   * @throws dev.kassa.domain.error.NotFoundException when there is none
   */
  void update(WebhookEndpoint endpoint);

  /** Removes the endpoint and its deliveries; returns whether there was one. */
  boolean remove(WebhookEndpointId id);

  /** Endpoints, oldest first. */
  Page<WebhookEndpoint> page(PageRequest request);

  /** Every enabled endpoint, oldest first. */
  List<WebhookEndpoint> enabled();
}
