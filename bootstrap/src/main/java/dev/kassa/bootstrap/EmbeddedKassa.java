package dev.kassa.bootstrap;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.adapters.security.BcryptPasswordHasher;
import dev.kassa.adapters.security.HmacCardFingerprints;
import dev.kassa.adapters.security.JwtAccessTokens;
import dev.kassa.application.Cryptography;
import dev.kassa.application.Kassa;
import dev.kassa.application.Storage;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.catalog.UncachedProducts;
import dev.kassa.bootstrap.config.Secret;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Kassa as a library, with no HTTP and no database: every use case over thread-safe in-memory
 * storage, real bcrypt hashing and real signed tokens with keys made for this process, and the
 * simulated payment provider for gateway checkouts (settled through {@code
 * kassa.payAtSimulator()}).
 *
 * <pre>{@code
 * Kassa kassa = EmbeddedKassa.inMemory();
 * var alice = kassa.registerUser().execute(new RegisterUser.Command(...));
 * }</pre>
 */
public final class EmbeddedKassa {

  private EmbeddedKassa() {}

  /** A fresh, empty Kassa in memory, on the system clock. */
  public static Kassa inMemory() {
    return over(InMemoryPorts.create(), Clock.systemUTC());
  }

  /** Kassa over any storage, with keys made for this process. */
  public static Kassa over(Storage storage, Clock clock) {
    var random = new SecureRandom();
    var security =
        new Cryptography(
            new BcryptPasswordHasher(),
            new JwtAccessTokens(randomKey(random)),
            new HmacCardFingerprints(randomKey(random)));
    var webhookSecret = Secret.random(random).value();
    return Kassa.assemble(
        storage,
        security,
        clock,
        AuthSettings.defaults(),
        new UncachedProducts(),
        PaymentProviders.simulated(webhookSecret, clock));
  }

  private static byte[] randomKey(SecureRandom random) {
    var key = new byte[32];
    random.nextBytes(key);
    return key;
  }
}
