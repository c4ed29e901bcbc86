package dev.kassa.bootstrap.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.LoggerFactory;

/**
 * Everything logged anywhere in the JVM while it is open, rendered as the production JSON lines
 * (message, MDC, key-value pairs, stack traces), plus each event's raw arguments.
 */
final class CapturedLog implements AutoCloseable {

  private final Logger root;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final LogstashEncoder encoder = new LogstashEncoder();

  CapturedLog() {
    var context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    encoder.setContext(context);
    encoder.start();
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
  }

  // ListAppender exposes its list as a field that is never reassigned; appends lock it too.
  @SuppressWarnings("SynchronizeOnNonFinalField")
  List<ILoggingEvent> events() {
    synchronized (appender.list) {
      return List.copyOf(appender.list);
    }
  }

  /** Waits up to five seconds for a line of the request with this id: access lines come late. */
  void awaitRequest(String requestId) throws InterruptedException {
    var deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (events().stream()
          .anyMatch(event -> requestId.equals(event.getMDCPropertyMap().get("requestId")))) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no log line for request " + requestId + " among " + events());
  }

  /** All captured output as text. */
  String text() {
    return events().stream().map(this::render).collect(Collectors.joining("\n"));
  }

  private String render(ILoggingEvent event) {
    var arguments =
        event.getArgumentArray() == null
            ? ""
            : Arrays.stream(event.getArgumentArray())
                .map(Objects::toString)
                .collect(Collectors.joining(" "));
    return new String(encoder.encode(event), StandardCharsets.UTF_8) + " " + arguments;
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
    encoder.stop();
  }
}
