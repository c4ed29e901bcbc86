package dev.kassa.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flag values: {@code --flag value} first, then the {@code BENCH_FLAG} variable, then a default.
 */
record Flags(Map<String, String> flags, Map<String, String> env) {

  String text(String flag, String fallback) {
    var fromFlag = flags.get(flag);
    if (fromFlag != null) {
      return fromFlag;
    }
    var fromEnv = env.get("BENCH_" + flag.toUpperCase(Locale.ROOT).replace('-', '_'));
    return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
  }

  long number(String flag, long fallback) {
    var value = text(flag, Long.toString(fallback));
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + flag + " must be a whole number, was " + value);
    }
  }

  List<String> list(String flag, String fallback) {
    var value = text(flag, fallback).strip();
    if (value.isEmpty() || value.equals("none")) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).toList();
  }

  List<Integer> levels(String flag, String fallback) {
    var levels = new ArrayList<Integer>();
    for (var level : list(flag, fallback)) {
      try {
        levels.add(Integer.parseInt(level));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--" + flag + " takes numbers like 8,32,64");
      }
    }
    return levels;
  }

  /** {@code 32=2458.1,64=2304} as clients to transactions per second. */
  Map<Integer, Double> rates(String flag) {
    var rates = new TreeMap<Integer, Double>();
    for (var pair : list(flag, "")) {
      var parts = pair.split("=", -1);
      try {
        rates.put(Integer.parseInt(parts[0].strip()), Double.parseDouble(parts[1].strip()));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("--" + flag + " takes clients=tps pairs like 32=2458");
      }
    }
    return rates;
  }
}
