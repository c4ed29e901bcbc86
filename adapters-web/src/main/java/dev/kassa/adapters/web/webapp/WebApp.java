package dev.kassa.adapters.web.webapp;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web app: static HTML, CSS and JavaScript modules from the classpath folder {@code /web},
 * served at {@code /} beside the API. Every file carries a strict {@code Content-Security-Policy}
 * (scripts, styles and calls from this origin only: no inline script, no {@code eval}), {@code
 * nosniff}, {@code Referrer-Policy: no-referrer} and {@code Cache-Control: no-cache}, so browsers
 * keep the files but ask with their validators ({@code ETag}, {@code Last-Modified}) before using
 * them: there is no build step to put versions in file names. The API's routes and the payment page
 * set their own headers.
 */
public final class WebApp {

  /** The classpath folder the files are served from. */
  static final String FOLDER = "/web";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:;"
          + " connect-src 'self'; font-src 'self'; manifest-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY",
          "Cache-Control", "no-cache");

  private WebApp() {}

  /** Serves the web app's files at {@code /}; paths that are not a file stay with the API. */
  public static void serve(JavalinConfig config) {
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = FOLDER;
          files.location = Location.CLASSPATH;
          files.headers = HEADERS;
        });
  }
}
