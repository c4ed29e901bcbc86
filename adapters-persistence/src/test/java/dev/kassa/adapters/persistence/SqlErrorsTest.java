package dev.kassa.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.shared.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlErrorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"08000", "08003", "08006", "57P01", "57P02", "57P03", "57014", "53300"})
  void connectionFailuresAreUnavailableAndNeverRunAgain(String sqlState) {
    var failure = new DataAccessException("failed", new SQLException("gone", sqlState));

    assertThat(SqlErrors.isUnavailable(failure)).isTrue();
    assertThat(SqlErrors.isTransient(failure)).isFalse();
    assertThat(SqlErrors.translated(failure))
        .isInstanceOf(StorageUnavailableException.class)
        .hasCause(failure);
  }

  @ParameterizedTest
  @ValueSource(strings = {"40001", "40P01", "23505", "22P05", "42P01"})
  void otherFailuresStayAsTheyAre(String sqlState) {
    var failure = new DataAccessException("failed", new SQLException("no", sqlState));

    assertThat(SqlErrors.isUnavailable(failure)).isFalse();
    assertThat(SqlErrors.translated(failure)).isSameAs(failure);
  }

  @Test
  void aPoolThatGaveNoConnectionInTimeIsUnavailable() {
    var failure =
        new DataAccessException(
            "Error getting connection from data source",
            new SQLTransientConnectionException("kassa - Connection is not available"));

    assertThat(SqlErrors.translated(failure)).isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void aFailureWithoutSqlStateIsNeitherTransientNorUnavailable() {
    var failure = new DataAccessException("failed", new SQLException("no state"));

    assertThat(SqlErrors.isTransient(failure)).isFalse();
    assertThat(SqlErrors.isUnavailable(failure)).isFalse();
  }
}
