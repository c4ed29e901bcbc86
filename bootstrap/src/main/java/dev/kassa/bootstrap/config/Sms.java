package dev.kassa.bootstrap.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Twilio-compatible SMS API: {@code SMS_PROVIDER_URL} (such as {@code https://api.twilio.com}),
 * {@code SMS_ACCOUNT_SID}, {@code SMS_AUTH_TOKEN} (a secret) and the sending number {@code
 * SMS_FROM}; all four or none.
 */
public record Sms(URI providerUrl, String accountSid, Secret authToken, String from) {

  private static final List<String> VARIABLES =
      List.of("SMS_PROVIDER_URL", "SMS_ACCOUNT_SID", "SMS_AUTH_TOKEN", "SMS_FROM");

  public Sms {
    Objects.requireNonNull(providerUrl, "providerUrl");
    Objects.requireNonNull(accountSid, "accountSid");
    Objects.requireNonNull(authToken, "authToken");
    Objects.requireNonNull(from, "from");
  }

  static Optional<Sms> read(Variables variables) {
    var url = variables.url("SMS_PROVIDER_URL", Set.of("http", "https"), false);
    var sid = variables.get("SMS_ACCOUNT_SID");
    var token = variables.get("SMS_AUTH_TOKEN");
    var from = variables.get("SMS_FROM");
    var set = VARIABLES.stream().filter(variables::isSet).toList();
    if (set.isEmpty()) {
      return Optional.empty();
    }
    if (set.size() < VARIABLES.size()) {
      VARIABLES.stream()
          .filter(name -> !set.contains(name))
          .forEach(name -> variables.problem(name, "is required when " + set.get(0) + " is set"));
      return Optional.empty();
    }
    if (url.isEmpty() || sid.isEmpty() || token.isEmpty() || from.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Sms(url.get(), sid.get(), Secret.of(token.get()), from.get()));
  }
}
