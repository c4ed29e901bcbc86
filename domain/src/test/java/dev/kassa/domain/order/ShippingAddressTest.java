package dev.kassa.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import org.junit.jupiter.api.Test;

class ShippingAddressTest {

  @Test
  void fieldsAreTrimmedBlankOptionalsDroppedAndTheCountryUpperCased() {
    var address = new ShippingAddress(" Ada ", "1 Loop", " ", null, " Oslo ", " no ");

    assertThat(address).isEqualTo(new ShippingAddress("Ada", "1 Loop", null, null, "Oslo", "NO"));
  }

  @Test
  void everyBadFieldIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                new ShippingAddress(
                    null, "x".repeat(201), "y".repeat(201), "1".repeat(21), " ", "ZZ"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsOnlyKeys(
                        "shippingAddress.name",
                        "shippingAddress.line1",
                        "shippingAddress.line2",
                        "shippingAddress.postalCode",
                        "shippingAddress.city",
                        "shippingAddress.country"));
  }

  @Test
  void theCountryIsAnIsoAlpha2CodeTheJdkKnows() {
    assertThat(new ShippingAddress("A", "B", null, null, "C", "DE").country()).isEqualTo("DE");
    for (var bad : new String[] {"DEU", "D", "XX", "12", null}) {
      assertThatThrownBy(() -> new ShippingAddress("A", "B", null, null, "C", bad))
          .as(bad)
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.problems()).containsOnlyKeys("shippingAddress.country"));
    }
  }

  @Test
  void theLongestFieldsAreTaken() {
    var address =
        new ShippingAddress(
            "n".repeat(ShippingAddress.MAX_NAME),
            "l".repeat(ShippingAddress.MAX_LINE),
            "m".repeat(ShippingAddress.MAX_LINE),
            "1".repeat(ShippingAddress.MAX_POSTAL_CODE),
            "c".repeat(ShippingAddress.MAX_CITY),
            "JP");

    assertThat(address.city()).hasSize(ShippingAddress.MAX_CITY);
  }

  @Test
  void aShipmentIsTrimmedBoundedAndEmptyWhenNothingIsKnown() {
    assertThat(new Shipment(" ", null).isEmpty()).isTrue();
    assertThat(new Shipment("DHL", null).isEmpty()).isFalse();
    assertThatThrownBy(() -> new Shipment("c".repeat(101), "t".repeat(101)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsOnlyKeys("carrier", "trackingNumber"));
  }
}
