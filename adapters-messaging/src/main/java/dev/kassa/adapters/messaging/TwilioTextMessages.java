package dev.kassa.adapters.messaging;

import dev.kassa.application.notifications.TextMessages;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SMS through a Twilio-compatible API: {@code POST {base}/2010-04-01/Accounts/{sid}/Messages.json}
 * with the form fields {@code To}, {@code From} and {@code Body}, authenticated by HTTP basic auth
 * (account SID and auth token).
 */
public final class TwilioTextMessages implements TextMessages {

  private final URI endpoint;
  private final String authorization;
  private final String from;

  public TwilioTextMessages(TwilioSettings settings) {
    var base = settings.baseUrl().toString().replaceAll("/+$", "");
    this.endpoint =
        URI.create(
            base
                + "/2010-04-01/Accounts/"
                + URLEncoder.encode(settings.accountSid(), StandardCharsets.UTF_8)
                + "/Messages.json");
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (settings.accountSid() + ":" + settings.authToken())
                        .getBytes(StandardCharsets.UTF_8));
    this.from = settings.from();
  }

  @Override
  public void send(String phone, String text) {
    var form = new LinkedHashMap<String, String>();
    form.put("To", phone);
    form.put("From", from);
    form.put("Body", text);
    var request =
        HttpRequest.newBuilder(endpoint)
            .timeout(HttpClients.TIMEOUT)
            .header("Authorization", authorization)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build();
    HttpClients.send(request, "the SMS provider");
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            field ->
                field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
