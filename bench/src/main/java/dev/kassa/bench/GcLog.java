package dev.kassa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server's collector pauses and heap, from its {@code -Xlog:gc,safepoint:file=...} log, for G1
 * and for ZGC alike.
 *
 * <p>A pause is a safepoint of the collector (an operation named {@code G1...}, {@code Z...} or
 * {@code ...Collect...}): {@code Safepoint "G1CollectForAllocation", ..., Reaching safepoint: 12345
 * ns, At safepoint: 3456789 ns, ..., Total: 3480000 ns}. Its length is the time at the safepoint,
 * the collector's work with the application stopped (what G1's own {@code Pause} lines report); the
 * longest stop also counts the time the threads took to reach the safepoint, which on a machine
 * whose cores are all busy is mostly the wait of a descheduled thread for a core. The heap comes
 * from the collector's lines: G1's {@code Pause Young (Normal) (G1 Evacuation Pause) 24M->8M(512M)
 * 3.456ms} (used before, and the heap's size then), ZGC's {@code Minor Collection (Allocation Rate)
 * 200M(39%)->60M(12%) 0.052s} (used before, and the heap's size from its share).
 */
record GcLog(
    int pauses, double maxPauseMillis, double maxStopMillis, long maxUsedMb, long maxHeapMb) {

  private static final Pattern SAFEPOINT =
      Pattern.compile("Safepoint \"(\\w+)\".*At safepoint: (\\d+) ns.*Total: (\\d+) ns");
  private static final Pattern G1_HEAP = Pattern.compile("Pause .*?(\\d+)M->\\d+M\\((\\d+)M\\)");
  private static final Pattern ZGC_HEAP =
      Pattern.compile("Collection \\(.*?\\) (\\d+)M\\((\\d+)%\\)->");

  /** The pauses of the whole log, or empty when there is no log or no pause in it. */
  static Optional<GcLog> read(String path) {
    if (path.isBlank()) {
      return Optional.empty();
    }
    var log = new GcLog(0, 0, 0, 0, 0);
    try {
      for (var line : Files.readAllLines(Path.of(path))) {
        log = log.with(line);
      }
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
    return log.pauses == 0 ? Optional.empty() : Optional.of(log);
  }

  private GcLog with(String line) {
    var safepoint = SAFEPOINT.matcher(line);
    if (safepoint.find() && isCollector(safepoint.group(1))) {
      var pause = Long.parseLong(safepoint.group(2)) / 1e6;
      var stop = Long.parseLong(safepoint.group(3)) / 1e6;
      return new GcLog(
          pauses + 1,
          Math.max(maxPauseMillis, pause),
          Math.max(maxStopMillis, stop),
          maxUsedMb,
          maxHeapMb);
    }
    var g1 = G1_HEAP.matcher(line);
    if (g1.find()) {
      return heap(Long.parseLong(g1.group(1)), Long.parseLong(g1.group(2)));
    }
    var zgc = ZGC_HEAP.matcher(line);
    if (zgc.find() && Long.parseLong(zgc.group(2)) > 0) {
      var used = Long.parseLong(zgc.group(1));
      return heap(used, used * 100 / Long.parseLong(zgc.group(2)));
    }
    return this;
  }

  private GcLog heap(long usedMb, long heapMb) {
    return new GcLog(
        pauses,
        maxPauseMillis,
        maxStopMillis,
        Math.max(maxUsedMb, usedMb),
        Math.max(maxHeapMb, heapMb));
  }

  private static boolean isCollector(String operation) {
    return operation.startsWith("G1") || operation.startsWith("Z") || operation.contains("Collect");
  }
}
