package dev.kassa.adapters.memory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Catalog text search as the PostgreSQL adapter does it: a text is split into words (runs of
 * letters and digits, lower-cased), and a query matches when each of its words begins some word of
 * the product. A query without any word matches nothing.
 */
final class SearchWords {

  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchWords() {}

  static List<String> of(String text) {
    return Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
        .filter(word -> !word.isEmpty())
        .distinct()
        .toList();
  }

  static boolean allPrefixed(List<String> queryWords, List<String> textWords) {
    return !queryWords.isEmpty()
        && queryWords.stream()
            .allMatch(wanted -> textWords.stream().anyMatch(word -> word.startsWith(wanted)));
  }
}
