package dev.kassa.adapters.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.shared.StorageUnavailableException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class StorageUnavailableProblemTest {

  @Test
  void anUnavailableDatabaseIsUnavailableWithRetryAfterAndNothingOfTheCause() {
    var problem =
        Problems.from(
            new StorageUnavailableException(
                "the database is unavailable",
                new SQLTransientConnectionException(
                    "kassa - Connection is not available, request timed out after 2001ms",
                    "08001")));

    assertThat(problem.code()).isEqualTo(ErrorCode.UNAVAILABLE);
    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.headers()).containsEntry("Retry-After", "2");
    assertThat(problem.details()).isEmpty();
    assertThat(problem.message())
        .isEqualTo("The service is unavailable for a moment; try again shortly.");
  }
}
