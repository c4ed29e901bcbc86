package dev.kassa.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

  @Test
  void areVersionSevenWithTheRfcVariant() {
    for (int i = 0; i < 1_000; i++) {
      var uuid = Uuids.v7();

      assertThat(uuid.version()).isEqualTo(7);
      assertThat(uuid.variant()).isEqualTo(2);
    }
  }

  @Test
  void carryTheCurrentUnixMillisecondsInTheirFirst48Bits() {
    var before = System.currentTimeMillis();
    var uuid = Uuids.v7();
    var after = System.currentTimeMillis();

    assertThat(uuid.getMostSignificantBits() >>> 16).isBetween(before, after);
  }

  @Test
  void laterMillisecondsSortLater() throws InterruptedException {
    var earlier = Uuids.v7();
    Thread.sleep(2);
    var later = Uuids.v7();

    assertThat(earlier).isLessThan(later);
    assertThat(earlier.toString()).isLessThan(later.toString());
  }

  @Test
  void areUnique() {
    var seen = new HashSet<UUID>();
    for (int i = 0; i < 50_000; i++) {
      seen.add(Uuids.v7());
    }
    assertThat(seen).hasSize(50_000);
  }

  @Test
  void parseOrNullAcceptsOnlyCanonicalUuids() {
    var uuid = Uuids.v7();

    assertThat(Uuids.parseOrNull(uuid.toString())).isEqualTo(uuid);
    assertThat(Uuids.parseOrNull(null)).isNull();
    assertThat(Uuids.parseOrNull("not-a-uuid")).isNull();
    assertThat(Uuids.parseOrNull("1-2-3-4-5")).isNull();
    assertThat(Uuids.parseOrNull("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz")).isNull();
  }
}
