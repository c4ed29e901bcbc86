package dev.kassa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One HTTP call of a script. Strings anywhere in {@code path}, {@code body} and the headers may
 * hold {@code ${name}} placeholders.
 *
 * @param name what the step does, printed before its result
 * @param method the HTTP method
 * @param path the path and query, relative to the base URL
 * @param as the variable holding the bearer token to send, if any
 * @param body the JSON body, if any
 * @param accept the {@code Accept} header ({@code application/json} by default)
 * @param idempotent whether to send a fresh {@code Idempotency-Key}
 * @param expect the status that counts as success
 * @param save variables to fill from the JSON reply, by JSON pointer
 * @param show JSON pointers of the reply printed after the step
 */
public record Step(
    String name,
    String method,
    String path,
    String as,
    JsonNode body,
    String accept,
    boolean idempotent,
    int expect,
    Map<String, String> save,
    List<String> show) {

  public Step {
    if (name == null || method == null || path == null) {
      throw new IllegalArgumentException("a step needs a name, a method and a path");
    }
    if (expect < 100 || expect > 599) {
      throw new IllegalArgumentException("step '" + name + "': expect must be an HTTP status");
    }
    save = save == null ? Map.of() : Map.copyOf(save);
    show = show == null ? List.of() : List.copyOf(show);
    accept = accept == null ? "application/json" : accept;
  }
}
