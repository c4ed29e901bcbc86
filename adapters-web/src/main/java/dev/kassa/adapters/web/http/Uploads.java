package dev.kassa.adapters.web.http;

import dev.kassa.adapters.web.error.ApiException;
import dev.kassa.domain.error.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads files from {@code multipart/form-data} bodies. The server's multipart limits stop a body
 * larger than the largest upload route allows while it is read; the size of each file is checked
 * here against its own route's limit.
 */
final class Uploads {

  static final String MULTIPART = "multipart/form-data";

  private Uploads() {}

  static byte[] file(Context ctx, String name, long maxBytes) {
    if (!ctx.isMultipartFormData()) {
      throw ApiException.unsupportedMediaType(MULTIPART);
    }
    var file = part(ctx, name, maxBytes);
    if (file == null) {
      throw ValidationException.of(name, "is required: a file part named " + name);
    }
    if (file.size() > maxBytes) {
      throw ApiException.payloadTooLarge(maxBytes);
    }
    try (var content = file.content()) {
      return content.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static UploadedFile part(Context ctx, String name, long maxBytes) {
    try {
      return ctx.uploadedFile(name);
    } catch (RuntimeException refused) {
      if (isSizeLimit(refused)) {
        throw ApiException.payloadTooLarge(maxBytes);
      }
      throw ValidationException.of("body", "is not readable multipart/form-data");
    }
  }

  /**
   * Jetty's multipart parser reports a limit as an {@code IllegalStateException}: "... exceeded".
   */
  private static boolean isSizeLimit(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalStateException
          && String.valueOf(cause.getMessage()).contains("exceeded")) {
        return true;
      }
    }
    return false;
  }
}
