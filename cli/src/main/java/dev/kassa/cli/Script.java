package dev.kassa.cli;

import java.util.List;

/**
 * A demo script: the inputs it asks for (prompted in interactive mode, taken from their defaults or
 * {@code --var} otherwise) and the HTTP steps it runs in order.
 */
public record Script(String name, List<Input> inputs, List<Step> steps) {

  public Script {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    steps = steps == null ? List.of() : List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a script needs at least one step");
    }
  }
}
