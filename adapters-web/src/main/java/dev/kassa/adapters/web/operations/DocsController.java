package dev.kassa.adapters.web.operations;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.error.ApiException;
import dev.kassa.adapters.web.error.ErrorCode;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /docs}: the API reference, the served OpenAPI document rendered by Swagger UI, whose
 * files come from the {@code org.webjars:swagger-ui} jar on the class path (no CDN). The page and
 * its files are served under a Content-Security-Policy that runs only scripts of this origin.
 */
public final class DocsController implements Controller {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";
  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String JAVASCRIPT = "text/javascript; charset=utf-8";
  private static final String CSS = "text/css; charset=utf-8";

  private final String page;
  private final Map<String, Asset> assets;

  private record Asset(String contentType, String body) {}

  public DocsController() {
    String webjar = WEBJAR + swaggerUiVersion() + "/";
    this.page = read("docs/index.html");
    this.assets =
        Map.of(
            "swagger-ui-bundle.js", new Asset(JAVASCRIPT, read(webjar + "swagger-ui-bundle.js")),
            "swagger-ui.css", new Asset(CSS, read(webjar + "swagger-ui.css")),
            "docs.js", new Asset(JAVASCRIPT, read("docs/docs.js")),
            "docs.css", new Asset(CSS, read("docs/docs.css")));
  }

  @Override
  public void routes(Routes routes) {
    routes.get("/docs", RouteAccess.PUBLIC, this::page);
    routes.get("/docs/{asset}", RouteAccess.PUBLIC, this::asset);
  }

  private void page(Call call) {
    call.ctx().header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    call.ctx().header("Cache-Control", "no-cache");
    call.text(200, "text/html; charset=utf-8", page);
  }

  private void asset(Call call) {
    Asset asset = assets.get(call.ctx().pathParam("asset"));
    if (asset == null) {
      throw new ApiException(ErrorCode.NOT_FOUND, "No such file of the API reference.");
    }
    call.ctx().header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    call.ctx().header("Cache-Control", "public, max-age=3600");
    call.text(200, asset.contentType(), asset.body());
  }

  private static String swaggerUiVersion() {
    Properties properties = new Properties();
    try (InputStream pom = resource("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      properties.load(pom);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static String read(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = DocsController.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing from the class path: " + name);
    }
    return in;
  }
}
