package dev.kassa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;

/**
 * Runs a script's steps in order against one Kassa, printing each step and its result, and stops at
 * the first step whose status is not the one it expects, printing the error envelope.
 */
final class ScriptRun {

  private static final Set<String> MONEY_FIELDS =
      Set.of(
          "amount",
          "balance",
          "availableBalance",
          "balanceAfter",
          "openingBalance",
          "closingBalance",
          "totalCredits",
          "totalDebits",
          "subtotal",
          "total",
          "unitPrice",
          "price");
  private static final int TEXT_LINES_SHOWN = 6;

  private final KassaClient client;
  private final Variables variables;
  private final PrintWriter out;

  ScriptRun(KassaClient client, Variables variables, PrintWriter out) {
    this.client = client;
    this.variables = variables;
    this.out = out;
  }

  /** Runs every step; answers whether all of them succeeded. */
  boolean run(Script script) {
    out.println("Kassa demo: " + script.name() + " against " + client.baseUrl());
    int total = script.steps().size();
    for (int index = 0; index < total; index++) {
      Step step = script.steps().get(index);
      out.printf("[%d/%d] %s%n", index + 1, total, variables.resolve(step.name()));
      out.flush();
      if (!runStepReportingProblems(step)) {
        out.printf("Stopped at step %d of %d.%n", index + 1, total);
        out.flush();
        return false;
      }
    }
    out.printf("Done: %d steps succeeded.%n", total);
    out.flush();
    return true;
  }

  private boolean runStepReportingProblems(Step step) {
    try {
      return runStep(step);
    } catch (ScriptException e) {
      out.println("      failed: " + e.getMessage());
      return false;
    }
  }

  private boolean runStep(Step step) {
    String bearer = step.as() == null ? null : variables.text(step.as());
    KassaClient.Reply reply =
        client.send(
            step.method(),
            variables.resolve(step.path()),
            bearer,
            variables.resolve(step.body()),
            step.accept(),
            step.idempotent());
    if (reply.status() != step.expect()) {
      out.printf("      failed: expected %d, got %d%n", step.expect(), reply.status());
      printError(reply);
      return false;
    }
    out.printf(
        "      %d%s%n", reply.status(), step.idempotent() ? " (with an Idempotency-Key)" : "");
    for (Map.Entry<String, String> saved : step.save().entrySet()) {
      JsonNode value = reply.json() == null ? null : reply.json().at(saved.getValue());
      if (value == null || value.isMissingNode() || value.isNull()) {
        out.printf("      failed: the reply has nothing at %s%n", saved.getValue());
        return false;
      }
      variables.put(saved.getKey(), value);
    }
    if (reply.json() == null) {
      printText(reply.body());
    } else {
      step.show().forEach(pointer -> printField(reply.json(), pointer));
    }
    return true;
  }

  private void printField(JsonNode reply, String pointer) {
    JsonNode value = reply.at(pointer);
    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
    JsonNode currency = reply.at(pointer.substring(0, pointer.lastIndexOf('/')) + "/currency");
    if (value.isIntegralNumber() && MONEY_FIELDS.contains(field) && currency.isTextual()) {
      out.printf("      %s = %s%n", pointer, Amounts.format(value.asLong(), currency.asText()));
    } else if (value.isMissingNode()) {
      out.printf("      %s is absent%n", pointer);
    } else {
      out.printf(
          "      %s = %s%n", pointer, value.isValueNode() ? value.asText() : value.toString());
    }
  }

  private void printText(String body) {
    var lines = body.lines().toList();
    lines.stream().limit(TEXT_LINES_SHOWN).forEach(line -> out.println("      | " + line));
    if (lines.size() > TEXT_LINES_SHOWN) {
      out.printf("      | ... (%d lines in all)%n", lines.size());
    }
  }

  private void printError(KassaClient.Reply reply) {
    JsonNode error = reply.json() == null ? null : reply.json().get("error");
    if (error == null) {
      out.println("      " + (reply.body().isBlank() ? "(no body)" : reply.body().strip()));
      return;
    }
    out.printf("      %s: %s%n", error.path("code").asText(), error.path("message").asText());
    if (error.hasNonNull("details")) {
      out.println("      details: " + error.get("details"));
    }
    String requestId = error.path("requestId").asText(reply.requestId());
    out.println("      request id: " + requestId);
    out.println("      " + reply.json());
  }
}
