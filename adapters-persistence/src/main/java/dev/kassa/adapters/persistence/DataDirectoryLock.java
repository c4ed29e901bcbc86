package dev.kassa.adapters.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Exclusive use of an embedded PostgreSQL's data directory by one process. The lock is a file next
 * to the directory ({@code data.lock} beside {@code data}) locked with {@link
 * FileChannel#tryLock()} and holding the owner's process id; the operating system releases it when
 * the owner dies, however it dies. A directory whose {@code postmaster.pid} names a live PostgreSQL
 * counts as held too (a server left running by a killed process, or one started by something else).
 */
public final class DataDirectoryLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the directory for this process.
   *
   * @throws DataDirectoryInUseException when another live process holds it
   */
  public static DataDirectoryLock acquire(Path dataDir) throws IOException {
    var absolute = dataDir.toAbsolutePath().normalize();
    Files.createDirectories(absolute.getParent());
    var file = absolute.resolveSibling(absolute.getFileName() + ".lock");
    var channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      var lock = tryLock(channel);
      if (lock == null) {
        throw new DataDirectoryInUseException(dataDir, pidIn(file));
      }
      var postmaster = runningPostmaster(absolute);
      if (postmaster.isPresent()) {
        throw new DataDirectoryInUseException(dataDir, postmaster);
      }
      var pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(pid), 0);
      return new DataDirectoryLock(channel, lock);
    } catch (IOException | RuntimeException failed) {
      channel.close();
      throw failed;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldByThisProcess) {
      return null;
    }
  }

  private static Optional<Long> pidIn(Path file) throws IOException {
    return firstLine(Files.readAllLines(file, StandardCharsets.US_ASCII));
  }

  private static Optional<Long> runningPostmaster(Path dataDir) throws IOException {
    var pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    return firstLine(Files.readAllLines(pidFile, StandardCharsets.US_ASCII))
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(true))
        .map(ProcessHandle::pid);
  }

  private static Optional<Long> firstLine(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,19}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(lines.get(0).strip()));
  }

  /** Releases the directory. */
  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new IllegalStateException("releasing the data directory lock failed", e);
    }
  }
}
