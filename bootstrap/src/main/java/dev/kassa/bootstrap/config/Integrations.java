package dev.kassa.bootstrap.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Optional outside systems; each is off when unset. {@code slackWebhookUrl} and {@code redisUrl}
 * are secrets: the first is a credential by itself, the second may carry a password.
 */
public record Integrations(
    Optional<Mail> mail,
    Optional<Secret> slackWebhookUrl,
    List<String> kafkaBootstrapServers,
    Optional<Secret> redisUrl,
    Optional<Sms> sms) {

  private static final Pattern REDIS_DATABASE = Pattern.compile("^(/([0-9]{1,5})?)?$");
  private static final Pattern HOST_AND_PORT =
      Pattern.compile("^([A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\]):([0-9]{1,5})$");

  public Integrations {
    Objects.requireNonNull(mail, "mail");
    Objects.requireNonNull(slackWebhookUrl, "slackWebhookUrl");
    kafkaBootstrapServers = List.copyOf(kafkaBootstrapServers);
    Objects.requireNonNull(redisUrl, "redisUrl");
    Objects.requireNonNull(sms, "sms");
  }

  static Integrations read(Variables variables) {
    var slack =
        variables
            .url("SLACK_WEBHOOK_URL", Set.of("http", "https"), true)
            .map(uri -> Secret.of(uri.toString()));
    var redis =
        variables
            .url("REDIS_URL", Set.of("redis", "rediss"), true)
            .filter(uri -> redisDatabaseIsANumber(uri, variables))
            .map(uri -> Secret.of(uri.toString()));
    return new Integrations(
        Mail.read(variables), slack, kafkaServers(variables), redis, Sms.read(variables));
  }

  private static boolean redisDatabaseIsANumber(URI url, Variables variables) {
    if (url.getRawPath() == null || REDIS_DATABASE.matcher(url.getRawPath()).matches()) {
      return true;
    }
    variables.problem("REDIS_URL", "may end in /<database index> and nothing else");
    return false;
  }

  private static List<String> kafkaServers(Variables variables) {
    var servers = new ArrayList<String>();
    for (var entry : variables.list("KAFKA_BOOTSTRAP_SERVERS")) {
      var match = HOST_AND_PORT.matcher(entry);
      if (match.matches() && validPort(match.group(2))) {
        servers.add(entry);
      } else {
        variables.problem(
            "KAFKA_BOOTSTRAP_SERVERS", "entries must be host:port, was " + Variables.quote(entry));
      }
    }
    return servers;
  }

  private static boolean validPort(String digits) {
    var port = Integer.parseInt(digits);
    return port >= 1 && port <= 65_535;
  }
}
