package dev.kassa.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void outputRedirectedByTheTestRunnerIsNotATerminal() {
    assertThat(Main.onTerminal()).isFalse();
  }
}
