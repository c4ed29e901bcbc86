package dev.kassa.application.idempotency;

import dev.kassa.application.banking.BankWorld;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.user.Actor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** A bank world with an idempotent deposit: each effect deposits 1.00 and is counted. */
final class IdempotencyWorld {

  final BankWorld bank = new BankWorld();
  final Idempotency idempotency =
      new Idempotency(bank.ports().transactions(), bank.ports().idempotency(), bank.clock());
  final PurgeIdempotencyKeys purge =
      new PurgeIdempotencyKeys(
          bank.ports().transactions(), bank.ports().idempotency(), bank.clock());
  final Actor alice = bank.customer();
  final AccountId account = bank.openAccount(alice).id();
  final AtomicInteger effects = new AtomicInteger();

  Idempotency.Outcome deposit(String key, String requestHash) {
    return run(key, requestHash, this::depositOnce);
  }

  Idempotency.Outcome run(String key, String requestHash, Supplier<StoredResponse> action) {
    return idempotency.run(request(alice, key, requestHash), action);
  }

  static Idempotency.Request request(Actor caller, String key, String requestHash) {
    return new Idempotency.Request(caller.id(), new IdempotencyKey(key), requestHash);
  }

  StoredResponse depositOnce() {
    effects.incrementAndGet();
    var line = bank.deposit(alice, account, 100);
    return new StoredResponse(201, "{\"id\":\"" + line.id() + "\"}");
  }

  static StoredResponse refusal(DomainException refused) {
    return new StoredResponse(409, "{\"error\":\"" + refused.code() + "\"}");
  }
}
