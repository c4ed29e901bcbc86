package dev.kassa.bootstrap.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The percent-decoded {@code user:password} part of a URL, either of which may be absent. */
record Credentials(Optional<String> user, Optional<Secret> password) {

  static Credentials of(URI uri) {
    var userInfo = Optional.ofNullable(uri.getRawUserInfo());
    var user = userInfo.map(info -> decode(info.split(":", 2)[0])).filter(u -> !u.isEmpty());
    var password =
        userInfo
            .filter(info -> info.contains(":"))
            .map(info -> decode(info.substring(info.indexOf(':') + 1)))
            .filter(p -> !p.isEmpty())
            .map(Secret::of);
    return new Credentials(user, password);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
