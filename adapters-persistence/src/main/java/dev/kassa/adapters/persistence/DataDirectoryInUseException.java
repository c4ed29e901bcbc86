package dev.kassa.adapters.persistence;

import java.nio.file.Path;
import java.util.Optional;

/** The embedded PostgreSQL's data directory is held by another live process. */
public final class DataDirectoryInUseException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  DataDirectoryInUseException(Path dataDir, Optional<Long> pid) {
    super(
        dataDir
            + " is in use by "
            + pid.map(id -> "process " + id).orElse("another process")
            + "; set KASSA_DATA_DIR or DATABASE_URL");
  }
}
