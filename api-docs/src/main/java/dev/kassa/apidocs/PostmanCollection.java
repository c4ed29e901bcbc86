package dev.kassa.apidocs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Postman (v2.1) collection of the served OpenAPI document: a first folder with the demo
 * flow (the tokens and ids each step makes captured into collection variables), then one folder per
 * tag with a request for every documented operation. Run by the build ({@code process-classes});
 * {@code docs/kassa.postman_collection.json} is a committed copy, kept equal by a test.
 */
public final class PostmanCollection {

  static final String SCHEMA =
      "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
  static final String OPENAPI_RESOURCE = "/openapi.yaml";

  static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private PostmanCollection() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PostmanCollection <output file>");
    }
    Path output = Path.of(args[0]);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, render(), StandardCharsets.UTF_8);
  }

  /** The collection as the JSON text written to disk. */
  static String render() {
    try {
      return JSON.writeValueAsString(generate(openApi())) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OpenAPI openApi() {
    try (InputStream yaml = PostmanCollection.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      var options = new ParseOptions();
      options.setResolve(true);
      var result =
          new OpenAPIV3Parser()
              .readContents(new String(yaml.readAllBytes(), StandardCharsets.UTF_8), null, options);
      if (result.getOpenAPI() == null) {
        throw new IllegalStateException("openapi.yaml does not parse: " + result.getMessages());
      }
      return result.getOpenAPI();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode generate(OpenAPI api) {
    ObjectNode collection = JSON.createObjectNode();
    ObjectNode info = collection.putObject("info");
    info.put("_postman_id", "0f6e3c55-6a35-4b1a-9d2b-6b61737361aa");
    info.put("name", api.getInfo().getTitle());
    info.put(
        "description",
        api.getInfo().getDescription()
            + "\n\nGenerated from Kassa's OpenAPI document. Start with the demo flow: it signs up,"
            + " logs in and keeps the access token in the `accessToken` variable for every other"
            + " request.");
    info.put("version", api.getInfo().getVersion());
    info.put("schema", SCHEMA);
    ObjectNode auth = collection.putObject("auth");
    auth.put("type", "bearer");
    auth.putArray("bearer").add(Requests.variable("token", "{{accessToken}}"));
    ArrayNode items = collection.putArray("item");
    items.add(DemoFolder.folder());
    new OperationFolders(api).folders().forEach(items::add);
    ArrayNode variables = collection.putArray("variable");
    variables.add(Requests.variable("baseUrl", "http://localhost:8080"));
    for (String name : DemoFolder.CAPTURED) {
      variables.add(Requests.variable(name, ""));
    }
    return collection;
  }
}
