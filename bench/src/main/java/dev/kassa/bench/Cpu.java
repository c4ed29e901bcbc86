package dev.kassa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the machine's CPU went during a measured window, from Linux's {@code /proc}: to the Kassa
 * server process (and its descendants), to the PostgreSQL processes whose command line contains
 * {@code postgresMarker} (and theirs), to this load generator, and to everything else. All counters
 * are clock ticks.
 */
record Cpu(long total, long busy, long server, long postgres, long generator) {

  private static final Path PROC = Path.of("/proc");
  private static final int MAX_DEPTH = 64;

  /** Linux's USER_HZ ({@code getconf CLK_TCK}), 100 on every mainstream kernel build. */
  private static final double TICKS_PER_SECOND = 100;

  /** The processes that count as Kassa's; {@code serverPid} 0 when unknown. */
  record Target(long serverPid, String postgresMarker) {}

  /**
   * Shares of all cores over a window, 0..1, and the CPU seconds the server and PostgreSQL used in
   * it; NaN when {@code /proc} could not be read.
   */
  record Usage(
      double server,
      double postgres,
      double generator,
      double other,
      double serverSeconds,
      double postgresSeconds) {
    static final Usage UNKNOWN =
        new Usage(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  static Cpu sample(Target target) {
    try {
      var machine = Files.readAllLines(PROC.resolve("stat")).getFirst().trim().split("\\s+", -1);
      long total = 0;
      for (int i = 1; i < Math.min(machine.length, 9); i++) {
        total += Long.parseLong(machine[i]);
      }
      long busy = total - Long.parseLong(machine[4]) - Long.parseLong(machine[5]);
      var processes = processes();
      long server = 0;
      long postgres = 0;
      for (var pid : processes.keySet()) {
        switch (owner(pid, processes, target)) {
          case SERVER -> server += processes.get(pid).ticks();
          case POSTGRES -> postgres += processes.get(pid).ticks();
          case OTHER -> {}
        }
      }
      var self = processes.get(ProcessHandle.current().pid());
      return new Cpu(total, busy, server, postgres, self == null ? 0 : self.ticks());
    } catch (IOException | RuntimeException unavailable) {
      return new Cpu(-1, -1, -1, -1, -1);
    }
  }

  Usage until(Cpu end) {
    double window = end.total - total;
    if (total < 0 || end.total < 0 || window <= 0) {
      return Usage.UNKNOWN;
    }
    double serverShare = Math.max(0, (end.server - server) / window);
    double postgresShare = Math.max(0, (end.postgres - postgres) / window);
    double generatorShare = (end.generator - generator) / window;
    double other =
        Math.max(0, (end.busy - busy) / window - serverShare - postgresShare - generatorShare);
    return new Usage(
        serverShare,
        postgresShare,
        generatorShare,
        other,
        Math.max(0, end.server - server) / TICKS_PER_SECOND,
        Math.max(0, end.postgres - postgres) / TICKS_PER_SECOND);
  }

  private record ProcStat(long parent, long ticks, String commandLine) {}

  private enum Owner {
    SERVER,
    POSTGRES,
    OTHER
  }

  private static Owner owner(long pid, Map<Long, ProcStat> processes, Target target) {
    long current = pid;
    for (int depth = 0; depth < MAX_DEPTH && processes.containsKey(current); depth++) {
      var process = processes.get(current);
      if (isOurPostgres(process, target)) {
        return Owner.POSTGRES;
      }
      if (current == target.serverPid()) {
        return Owner.SERVER;
      }
      current = process.parent();
    }
    return Owner.OTHER;
  }

  private static boolean isOurPostgres(ProcStat process, Target target) {
    var line = process.commandLine();
    return !target.postgresMarker().isEmpty()
        && (line.startsWith("postgres") || line.contains("/bin/postgres "))
        && line.contains(target.postgresMarker());
  }

  private static Map<Long, ProcStat> processes() throws IOException {
    var processes = new HashMap<Long, ProcStat>();
    try (var entries = Files.list(PROC)) {
      for (var dir : entries.toList()) {
        var name = dir.getFileName().toString();
        if (name.chars().allMatch(Character::isDigit)) {
          read(dir).ifPresent(process -> processes.put(Long.parseLong(name), process));
        }
      }
    }
    return processes;
  }

  /** A process's parent, CPU ticks and command line; empty when it ended while being read. */
  private static Optional<ProcStat> read(Path dir) {
    try {
      var stat = Files.readString(dir.resolve("stat"));
      var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
      var commandLine =
          new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8)
              .replace('\0', ' ');
      return Optional.of(
          new ProcStat(
              Long.parseLong(fields[1]),
              Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
              commandLine));
    } catch (IOException | RuntimeException gone) {
      return Optional.empty();
    }
  }
}
