package dev.kassa.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The documented variables are exactly those the configuration reads, so the checks of the
 * container files below compare against the truth.
 */
class ConfigurationVariablesTest {

  @Test
  void envExampleListsExactlyTheVariablesTheConfigurationReads() {
    assertThat(RepositoryFiles.readByConfiguration())
        .contains("PORT", "DATABASE_URL", "JWT_SECRET", "REDIS_URL")
        .isEqualTo(RepositoryFiles.listedInEnvExample());
  }

  @Test
  void theReadmesConfigurationTableNamesExactlyTheVariablesTheConfigurationReads() {
    assertThat(RepositoryFiles.inReadmeConfigurationTable())
        .isEqualTo(RepositoryFiles.readByConfiguration());
  }
}
