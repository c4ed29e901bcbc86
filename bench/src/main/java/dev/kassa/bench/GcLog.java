package dev.kassa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server's pauses, from its {@code -Xlog:gc:file=...} log: lines such as {@code GC(3) Pause
 * Young (Normal) (G1 Evacuation Pause) 24M->8M(512M) 3.456ms}. Concurrent phases are not pauses and
 * are left out.
 */
record GcLog(int pauses, double maxPauseMillis, long maxUsedMb, long maxCommittedMb) {

  private static final Pattern PAUSE =
      Pattern.compile("Pause .*?(\\d+)M->(\\d+)M\\((\\d+)M\\) ([0-9.]+)ms");

  /** The pauses of the whole log, or empty when there is no log or no pause in it. */
  static Optional<GcLog> read(String path) {
    if (path.isBlank()) {
      return Optional.empty();
    }
    var log = new GcLog(0, 0, 0, 0);
    try {
      for (var line : Files.readAllLines(Path.of(path))) {
        var pause = PAUSE.matcher(line);
        if (pause.find()) {
          log =
              new GcLog(
                  log.pauses + 1,
                  Math.max(log.maxPauseMillis, Double.parseDouble(pause.group(4))),
                  Math.max(log.maxUsedMb, Long.parseLong(pause.group(1))),
                  Math.max(log.maxCommittedMb, Long.parseLong(pause.group(3))));
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
    return log.pauses == 0 ? Optional.empty() : Optional.of(log);
  }
}
