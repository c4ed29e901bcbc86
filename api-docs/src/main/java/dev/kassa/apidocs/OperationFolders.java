package dev.kassa.apidocs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One folder per OpenAPI tag, in the document's order, with a request for every operation. */
final class OperationFolders {

  private static final String UNTAGGED = "other";

  private final OpenAPI api;
  private final BodySkeleton skeletons;

  OperationFolders(OpenAPI api) {
    this.api = api;
    this.skeletons = new BodySkeleton(api.getComponents());
  }

  List<ObjectNode> folders() {
    Map<String, ObjectNode> folders = new LinkedHashMap<>();
    if (api.getTags() != null) {
      for (Tag tag : api.getTags()) {
        folders.put(tag.getName(), Requests.folder(tag.getName(), tag.getDescription()));
      }
    }
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          String tag =
                              operation.getTags() == null || operation.getTags().isEmpty()
                                  ? UNTAGGED
                                  : operation.getTags().get(0);
                          folders
                              .computeIfAbsent(tag, name -> Requests.folder(name, null))
                              .withArray("item")
                              .add(item(path, method, item, operation));
                        }));
    List<ObjectNode> nonEmpty = new ArrayList<>();
    folders.values().stream()
        .filter(folder -> !folder.get("item").isEmpty())
        .forEach(nonEmpty::add);
    return nonEmpty;
  }

  private ObjectNode item(
      String path, PathItem.HttpMethod method, PathItem pathItem, Operation operation) {
    List<Parameter> parameters = new ArrayList<>();
    if (pathItem.getParameters() != null) {
      parameters.addAll(pathItem.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    List<String[]> pathValues = new ArrayList<>();
    List<String[]> query = new ArrayList<>();
    List<Parameter> headers = new ArrayList<>();
    for (Parameter declared : parameters) {
      Parameter parameter = resolve(declared);
      switch (parameter.getIn()) {
        case "path" -> pathValues.add(new String[] {parameter.getName(), ""});
        case "query" ->
            query.add(
                new String[] {parameter.getName(), skeletons.exampleText(parameter.getSchema())});
        case "header" -> headers.add(parameter);
        default -> {}
      }
    }
    String name =
        operation.getSummary() == null
            ? operation.getOperationId()
            : operation.getSummary().strip();
    ObjectNode item = Requests.item(name, method.name(), path, pathValues, query);
    Requests.description(item, operation.getDescription());
    for (Parameter header : headers) {
      boolean key = "Idempotency-Key".equalsIgnoreCase(header.getName());
      Requests.header(item, header.getName(), key ? "{{$guid}}" : "", header.getDescription());
    }
    if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
      Requests.noAuth(item);
    }
    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
      var content = operation.getRequestBody().getContent();
      MediaType json = content.get("application/json");
      MediaType multipart = content.get("multipart/form-data");
      if (json != null) {
        Requests.jsonBody(item, skeletons.of(json.getSchema()));
      } else if (multipart != null) {
        Requests.formData(item, skeletons.fieldsOf(multipart.getSchema()));
      }
    }
    return item;
  }

  private Parameter resolve(Parameter parameter) {
    if (parameter.get$ref() == null) {
      return parameter;
    }
    String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getParameters().get(name);
  }
}
