package dev.kassa.adapters.web.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The hand-written OpenAPI 3.1 document ({@code openapi.yaml}), converted to JSON once. */
public final class OpenApiDocument {

  public static final String RESOURCE = "/openapi.yaml";

  private final String json;

  private OpenApiDocument(String json) {
    this.json = json;
  }

  public static OpenApiDocument fromClasspath() {
    try (var yaml = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (yaml == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      var tree = new YAMLMapper().readTree(yaml);
      return new OpenApiDocument(new ObjectMapper().writeValueAsString(tree));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, unreadable);
    }
  }

  public String json() {
    return json;
  }
}
