package dev.kassa.adapters.messaging;

import java.net.URI;
import java.util.Objects;

/** A Twilio-compatible SMS API: its base URL, account SID, auth token and sending number. */
public record TwilioSettings(URI baseUrl, String accountSid, String authToken, String from) {

  public TwilioSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(accountSid, "accountSid");
    Objects.requireNonNull(authToken, "authToken");
    Objects.requireNonNull(from, "from");
  }

  @Override
  public String toString() {
    return "TwilioSettings[baseUrl=" + baseUrl + ", accountSid=" + accountSid + "]";
  }
}
