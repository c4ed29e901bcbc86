package dev.kassa.adapters.web.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Collects the events of one logger for the duration of a test. */
public final class CapturedLogs implements AutoCloseable {

  private final Logger logger;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  public CapturedLogs(String loggerName) {
    logger = (Logger) LoggerFactory.getLogger(loggerName);
    appender.start();
    logger.addAppender(appender);
  }

  /**
   * Waits up to two seconds for an event matching {@code wanted}: loggers may run after replies.
   */
  public ILoggingEvent await(Predicate<ILoggingEvent> wanted) {
    var deadline = System.nanoTime() + 2_000_000_000L;
    while (System.nanoTime() < deadline) {
      var found = events().stream().filter(wanted).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("No matching log event among " + events());
  }

  // ListAppender exposes its list as a field that is never reassigned; appends lock it too.
  @SuppressWarnings("SynchronizeOnNonFinalField")
  public List<ILoggingEvent> events() {
    synchronized (appender.list) {
      return List.copyOf(appender.list);
    }
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    appender.stop();
  }
}
