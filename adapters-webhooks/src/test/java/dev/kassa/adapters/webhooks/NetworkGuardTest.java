package dev.kassa.adapters.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkGuardTest {

  private final NetworkGuard strict = new NetworkGuard(false, false);
  private final NetworkGuard insecureOnly = new NetworkGuard(true, false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1",
        "http://10.0.0.1",
        "http://169.254.169.254",
        "http://[::1]",
        "http://[fd00::1]",
        "http://localhost",
        "http://172.16.5.4/x",
        "http://192.168.1.1",
        "http://0.0.0.0",
        "http://[::]",
        "http://[fe80::1]",
        "http://224.0.0.1",
        "http://100.100.100.200",
        "http://[::ffff:127.0.0.1]",
        "http://[::127.0.0.1]"
      })
  void internalAddressesAreRefusedEvenOverHttpWhenInsecureIsAllowed(String url) {
    assertThatThrownBy(() -> insecureOnly.check(URI.create(url)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).containsKey("url"));
    var https = url.replace("http://", "https://");
    assertThatThrownBy(() -> strict.check(URI.create(https)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void plainHttpIsRefusedWithoutTheInsecureFlag() {
    assertThatThrownBy(() -> strict.check(URI.create("http://93.184.215.14/hooks")))
        .isInstanceOf(ValidationException.class)
        .hasFieldOrPropertyWithValue("problems", java.util.Map.of("url", "must be an https URL"));
  }

  @Test
  void publicAddressOverHttpsPasses() {
    assertThatCode(() -> strict.check(URI.create("https://93.184.215.14/hooks")))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> strict.check(URI.create("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/")))
        .doesNotThrowAnyException();
  }

  @Test
  void privateNetworksPassOnlyWithTheirFlag() {
    var open = new NetworkGuard(true, true);

    assertThatCode(() -> open.check(URI.create("http://127.0.0.1:8080/hooks")))
        .doesNotThrowAnyException();
  }

  @Test
  void pinnedHostResolvesToItsCheckedAddressesOnly() throws Exception {
    var host = "pinned-for-a-test.invalid";
    var address = InetAddress.getByName("93.184.215.14");
    PinnedAddresses.pin(host, List.of(address));
    try {
      assertThat(PinnedResolverProvider.installed()).isTrue();
      assertThat(InetAddress.getAllByName(host)).containsExactly(address);
    } finally {
      PinnedAddresses.unpin(host);
    }
  }
}
