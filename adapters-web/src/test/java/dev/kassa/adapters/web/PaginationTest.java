package dev.kassa.adapters.web;

import static dev.kassa.adapters.web.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.adapters.web.support.SampleController;
import dev.kassa.adapters.web.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaginationTest {

  private static TestApi api;

  @BeforeAll
  static void start() {
    api = TestApi.start(new SampleController());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void defaultsToTheFirstTwenty() {
    var body = TestApi.json(api.get("/v1/things"));

    assertThat(body.get("limit").asInt()).isEqualTo(20);
    assertThat(body.get("offset").asInt()).isZero();
    assertThat(body.get("total").asLong()).isEqualTo(57);
    assertThat(body.get("data")).hasSize(20);
    assertThat(body.get("data").get(0).get("n").asInt()).isEqualTo(1);
  }

  @Test
  void limitAndOffsetChooseTheWindow() {
    var body = TestApi.json(api.get("/v1/things?limit=10&offset=50"));

    assertThat(body.get("data")).hasSize(7);
    assertThat(body.get("data").get(0).get("n").asInt()).isEqualTo(51);
    assertThat(body.get("limit").asInt()).isEqualTo(10);
    assertThat(body.get("offset").asInt()).isEqualTo(50);
  }

  @Test
  void offsetPastTheEndGivesAnEmptyPage() {
    var body = TestApi.json(api.get("/v1/things?offset=100"));

    assertThat(body.get("data")).isEmpty();
    assertThat(body.get("total").asLong()).isEqualTo(57);
  }

  @ParameterizedTest
  @CsvSource({
    "limit=0, limit",
    "limit=101, limit",
    "limit=abc, limit",
    "limit=1.5, limit",
    "offset=-1, offset",
    "offset=x, offset",
    "offset=99999999999, offset"
  })
  void outOfRangeOrNonIntegerValuesAreRefused(String query, String field) {
    var error = assertError(api.get("/v1/things?" + query), 400, "validation_failed");

    assertThat(error.get("details").has(field)).isTrue();
  }
}
