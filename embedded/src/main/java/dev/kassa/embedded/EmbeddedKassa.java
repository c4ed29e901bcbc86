package dev.kassa.embedded;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.adapters.payments.SimulatedGateway;
import dev.kassa.adapters.security.BcryptPasswordHasher;
import dev.kassa.adapters.security.HmacCardFingerprints;
import dev.kassa.adapters.security.JwtAccessTokens;
import dev.kassa.application.Cryptography;
import dev.kassa.application.Kassa;
import dev.kassa.application.Storage;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.catalog.UncachedProducts;
import dev.kassa.application.payments.PaymentSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * Kassa as a library, with no HTTP and no database: every use case over thread-safe in-memory
 * storage, real bcrypt hashing and real signed tokens with keys made for this process, and the
 * simulated payment provider for gateway checkouts (settled through {@code
 * kassa.payAtSimulator()}). The README's "Embedding Kassa" section shows a whole program.
 */
public final class EmbeddedKassa {

  private static final int KEY_BYTES = 32;

  private EmbeddedKassa() {}

  /** A fresh, empty Kassa in memory, on the system clock. */
  public static Kassa inMemory() {
    return over(InMemoryPorts.create(), Clock.systemUTC());
  }

  /** Kassa over any storage, with keys and a webhook secret made for this process. */
  public static Kassa over(Storage storage, Clock clock) {
    var random = new SecureRandom();
    var security =
        new Cryptography(
            new BcryptPasswordHasher(),
            new JwtAccessTokens(randomKey(random)),
            new HmacCardFingerprints(randomKey(random)));
    var webhookSecret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomKey(random));
    return Kassa.assemble(
        storage,
        security,
        clock,
        AuthSettings.defaults(),
        new UncachedProducts(),
        PaymentSettings.through(new SimulatedGateway(webhookSecret, clock)));
  }

  private static byte[] randomKey(SecureRandom random) {
    var key = new byte[KEY_BYTES];
    random.nextBytes(key);
    return key;
  }
}
