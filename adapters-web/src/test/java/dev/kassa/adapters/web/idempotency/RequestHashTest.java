package dev.kassa.adapters.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;

class RequestHashTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void keyOrderAndSpacingDoNotChangeTheHash() throws Exception {
    var one =
        RequestHash.of(
            "POST", "/v1/transfers", json("{\"a\": 1, \"b\": {\"y\": [1, 2], \"x\": null}}"));
    var two =
        RequestHash.of("POST", "/v1/transfers", json("{\"b\":{\"x\":null,\"y\":[1,2]},\"a\":1}"));

    assertThat(one).isEqualTo(two).hasSize(64);
  }

  @Test
  void valuesPathAndMethodChangeTheHash() throws Exception {
    var base = RequestHash.of("POST", "/v1/orders/1/cancel", json("{\"a\": 1}"));

    assertThat(RequestHash.of("POST", "/v1/orders/1/cancel", json("{\"a\": 2}")))
        .isNotEqualTo(base);
    assertThat(RequestHash.of("POST", "/v1/orders/2/cancel", json("{\"a\": 1}")))
        .isNotEqualTo(base);
    assertThat(RequestHash.of("PUT", "/v1/orders/1/cancel", json("{\"a\": 1}"))).isNotEqualTo(base);
  }

  @Test
  void arrayOrderMatters() throws Exception {
    assertThat(RequestHash.of("POST", "/v1/x", json("[1, 2]")))
        .isNotEqualTo(RequestHash.of("POST", "/v1/x", json("[2, 1]")));
  }

  @Test
  void missingBodyHashesLikeAnEmptyOne() {
    assertThat(RequestHash.of("POST", "/v1/x", MissingNode.getInstance()))
        .isEqualTo(RequestHash.of("POST", "/v1/x", null));
  }
}
