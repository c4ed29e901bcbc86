package dev.kassa.bootstrap.config;

import java.util.List;

/**
 * The environment does not describe a runnable Kassa. Carries every problem found, each naming the
 * variable and what is wrong with it, but never a secret's value.
 */
public final class ConfigException extends RuntimeException {

  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem, each starting with the variable it concerns. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    var text =
        new StringBuilder("Invalid configuration (")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem):" : " problems):");
    problems.forEach(problem -> text.append(System.lineSeparator()).append("  - ").append(problem));
    return text.toString();
  }
}
