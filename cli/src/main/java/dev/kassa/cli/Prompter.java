package dev.kassa.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Asks a person for values on a terminal (or any reader and writer, in tests). */
final class Prompter {

  private final BufferedReader in;
  private final PrintWriter out;

  Prompter(BufferedReader in, PrintWriter out) {
    this.in = in;
    this.out = out;
  }

  /** Asks one question; an empty answer takes the default. */
  String ask(String question, String defaultValue) {
    out.print(
        defaultValue == null || defaultValue.isEmpty()
            ? question + ": "
            : question + " [" + defaultValue + "]: ");
    out.flush();
    String answer;
    try {
      answer = in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (answer == null) {
      throw new ScriptException("no answer to '" + question + "' (end of input)");
    }
    answer = answer.strip();
    return answer.isEmpty() && defaultValue != null ? defaultValue : answer;
  }
}
