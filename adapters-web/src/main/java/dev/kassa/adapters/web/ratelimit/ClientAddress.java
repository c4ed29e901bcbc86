package dev.kassa.adapters.web.ratelimit;

import io.javalin.http.Context;

/**
 * The address of the client. {@code X-Forwarded-For} is only believed when the server sits behind
 * exactly one trusted proxy, and then only its last entry: the one that proxy appended.
 */
public record ClientAddress(boolean trustForwardedFor) {

  public String of(Context ctx) {
    if (trustForwardedFor) {
      var forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        var hops = forwarded.split(",", -1);
        var last = hops[hops.length - 1].strip();
        if (!last.isEmpty()) {
          return last;
        }
      }
    }
    return ctx.ip();
  }
}
