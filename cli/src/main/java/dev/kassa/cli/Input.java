package dev.kassa.cli;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One value a script asks for. {@code type} {@code amount} turns a decimal amount typed by a person
 * ("12.50") into minor units of the currency named by {@code currency} (which may refer to another
 * input, as in {@code ${currency}}).
 *
 * @param name the variable the value is stored in
 * @param prompt the question shown in interactive mode
 * @param defaultValue the value taken when nothing is typed; placeholders are resolved
 * @param type {@code text} (the default) or {@code amount}
 * @param currency for amounts, the ISO 4217 code or a placeholder for it
 */
public record Input(
    String name,
    String prompt,
    @JsonProperty("default") String defaultValue,
    String type,
    String currency) {

  public Input {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an input needs a name");
    }
    prompt = prompt == null ? name : prompt;
    type = type == null ? "text" : type;
    if (!type.equals("text") && !type.equals("amount")) {
      throw new IllegalArgumentException("input " + name + ": unknown type " + type);
    }
    if (type.equals("amount") && currency == null) {
      throw new IllegalArgumentException("input " + name + ": an amount needs a currency");
    }
  }

  boolean isAmount() {
    return type.equals("amount");
  }
}
