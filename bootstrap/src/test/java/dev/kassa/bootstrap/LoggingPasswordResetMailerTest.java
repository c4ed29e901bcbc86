package dev.kassa.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kassa.domain.user.Email;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingPasswordResetMailerTest {

  @Test
  void logsThatNoMailWentOutWithoutTheLinkOrTheAddress() {
    var logger = (Logger) LoggerFactory.getLogger(LoggingPasswordResetMailer.class);
    var appender = new ListAppender<ILoggingEvent>();
    appender.start();
    logger.addAppender(appender);
    try {
      new LoggingPasswordResetMailer()
          .sendPasswordReset(
              new Email("ann@example.com"),
              "http://localhost:8080/reset-password?token=the-secret-token");
    } finally {
      logger.detachAppender(appender);
    }

    assertThat(appender.list).hasSize(1);
    var line = appender.list.getFirst().getFormattedMessage();
    assertThat(line).contains("not mailed", "example.com");
    assertThat(line).doesNotContain("the-secret-token", "reset-password", "ann@");
  }
}
