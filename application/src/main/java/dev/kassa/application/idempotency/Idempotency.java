package dev.kassa.application.idempotency;

import dev.kassa.domain.error.ConflictException;
import dev.kassa.domain.error.DomainException;
import dev.kassa.domain.error.IdempotencyKeyReusedException;
import dev.kassa.domain.idempotency.IdempotencyDecision;
import dev.kassa.domain.idempotency.IdempotencyKey;
import dev.kassa.domain.idempotency.IdempotencyRecord;
import dev.kassa.domain.idempotency.IdempotencyStore;
import dev.kassa.domain.idempotency.OwnedKey;
import dev.kassa.domain.idempotency.StoredResponse;
import dev.kassa.domain.shared.LockKey;
import dev.kassa.domain.shared.Transactions;
import dev.kassa.domain.user.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a request at most once per idempotency key, the whole rule in one unit of work: take the
 * key's lock, read its record, let {@link IdempotencyDecision} decide, and on {@code Proceed} run
 * the effect and store its answer in the same commit.
 *
 * <p>Nothing is written before the effect, so a request that dies (killed process, lost database)
 * leaves nothing behind: its lock ends with its transaction, and a retry runs at once, or replays
 * if the effect committed; never twice. A duplicate arriving while the first still holds the key is
 * refused at once with {@code 409 idempotency_key_in_use}: the lock never waits.
 *
 * <p>An effect that throws rolls back, answer included. A refused request (a domain error) is
 * answered too, so that its retries replay the refusal: {@link #run(Request, Supplier, Function)}
 * undoes the effect alone and stores its refusal as the caller renders it, in the same unit of
 * work; {@link #recordRefusal} stores one in a unit of its own.
 *
 * <p>The key's unit of work names the key ({@link OwnedKey}), so that units of work that run in
 * batches take the locks of all their keys and read their records at once.
 */
public final class Idempotency {

  /** One idempotent request: its caller, its key and the fingerprint of what it asks. */
  public record Request(UserId owner, IdempotencyKey key, String fingerprint) {
    public Request {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The key with its owner, as its unit of work names it. */
    public OwnedKey ownedKey() {
      return new OwnedKey(owner, key);
    }
  }

  /** The answer to send, and whether it replays an earlier one. */
  public record Outcome(StoredResponse response, boolean replayed) {}

  /**
   * An effect of several units of work with calls over the network between them, which must not run
   * inside a unit of work (a payment provider's).
   */
  public interface Steps {

    /**
     * The first part, inside the key's unit of work: what it writes commits with the key's record.
     * Returns the recovery point that names what it began (an order's id, a refund's).
     */
    String begin();

    /**
     * The rest, with no unit of work open. Safe to run again for the same recovery point, even at
     * the same time: a retry after a crash carries the effect on from there.
     */
    Finish finish(String recoveryPoint);
  }

  /** How {@link Steps#finish} ended. */
  public sealed interface Finish {

    /** The effect is complete: its answer is stored and replayed. */
    record Answered(StoredResponse response) implements Finish {}

    /**
     * The effect was undone (refused, or given up and released): its answer is sent but not kept,
     * and the key is free for a new attempt.
     */
    record Undone(StoredResponse response) implements Finish {}
  }

  private final Transactions transactions;
  private final IdempotencyStore store;
  private final Clock clock;

  public Idempotency(Transactions transactions, IdempotencyStore store, Clock clock) {
    this.transactions = transactions;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Answers {@code request} with its stored answer, or runs {@code effect} and stores what it
   * returns with it.
   *
   * @throws ConflictException {@code idempotency_key_in_use} while another request holds the key
   * @throws IdempotencyKeyReusedException when the key was used with another request
   */
  public Outcome run(Request request, Supplier<StoredResponse> effect) {
    return keyed(request, List.of(), effect);
  }

  /**
   * As {@link #run(Request, Supplier)}, but an effect that the domain refuses is undone alone and
   * its refusal, as {@code refusal} renders it, is the answer stored with the key, in the same unit
   * of work.
   *
   * @throws ConflictException {@code idempotency_key_in_use} while another request holds the key
   * @throws IdempotencyKeyReusedException when the key was used with another request
   */
  public Outcome run(
      Request request,
      Supplier<StoredResponse> effect,
      Function<? super DomainException, StoredResponse> refusal) {
    return run(request, List.of(), effect, refusal);
  }

  /**
   * As {@link #run(Request, Supplier, Function)}, naming to the key's unit of work also what the
   * effect locks ({@code touches}: the accounts a transfer moves money between, say), so that a
   * batch locks them with the others it names, in one order, before its first unit runs.
   */
  public Outcome run(
      Request request,
      Collection<? extends LockKey> touches,
      Supplier<StoredResponse> effect,
      Function<? super DomainException, StoredResponse> refusal) {
    return keyed(
        request,
        touches,
        () -> {
          try {
            return transactions.isolated(effect);
          } catch (DomainException refused) {
            return refusal.apply(refused);
          }
        });
  }

  /** Replays the key's answer, or runs {@code answer} and stores what it returns with the key. */
  private Outcome keyed(
      Request request, Collection<? extends LockKey> touches, Supplier<StoredResponse> answer) {
    var names = new ArrayList<LockKey>(touches.size() + 1);
    names.add(request.ownedKey());
    names.addAll(touches);
    return transactions.inTransaction(
        names,
        () -> {
          var stored =
              switch (store.lock(request.owner(), request.key())) {
                case IdempotencyStore.Lookup.Busy busy ->
                    throw ConflictException.idempotencyKeyInUse();
                case IdempotencyStore.Lookup.Locked locked -> locked.stored();
              };
          return switch (IdempotencyDecision.decide(
              stored, request.fingerprint(), clock.instant())) {
            case IdempotencyDecision.Replay replay -> new Outcome(replay.response(), true);
            case IdempotencyDecision.Reused reused -> throw new IdempotencyKeyReusedException();
            case IdempotencyDecision.Resume resume -> throw ConflictException.idempotencyKeyInUse();
            case IdempotencyDecision.Proceed proceed ->
                new Outcome(perform(request, answer), false);
          };
        });
  }

  /**
   * Answers {@code request} with its stored answer, resumes the effect it began, or runs {@code
   * steps}. The key is held (not locked in a unit of work) from start to end, so a duplicate is
   * refused at once while this runs, and a retry after a crash finds the key free and the recovery
   * point stored: it carries the effect on instead of beginning it again.
   *
   * @throws ConflictException {@code idempotency_key_in_use} while another request holds the key
   * @throws IdempotencyKeyReusedException when the key was used with another request
   */
  public Outcome runInSteps(Request request, Steps steps) {
    var held =
        store
            .hold(request.owner(), request.key())
            .orElseThrow(ConflictException::idempotencyKeyInUse);
    try (held) {
      var started = transactions.inTransaction(() -> begin(request, steps));
      if (started instanceof IdempotencyDecision.Replay replay) {
        return new Outcome(replay.response(), true);
      }
      var point = ((IdempotencyDecision.Resume) started).recoveryPoint();
      return switch (steps.finish(point)) {
        case Finish.Answered answered -> {
          transactions.run(
              () ->
                  store.save(
                      request.owner(),
                      request.key(),
                      IdempotencyRecord.answered(
                          request.fingerprint(), answered.response(), clock.instant())));
          yield new Outcome(answered.response(), false);
        }
        case Finish.Undone undone -> {
          transactions.run(() -> store.delete(request.owner(), request.key()));
          yield new Outcome(undone.response(), false);
        }
      };
    }
  }

  /** Replays, resumes, or begins and stores the recovery point. */
  private IdempotencyDecision begin(Request request, Steps steps) {
    var stored = store.find(request.owner(), request.key());
    var decision = IdempotencyDecision.decide(stored, request.fingerprint(), clock.instant());
    return switch (decision) {
      case IdempotencyDecision.Replay replay -> replay;
      case IdempotencyDecision.Resume resume -> resume;
      case IdempotencyDecision.Reused reused -> throw new IdempotencyKeyReusedException();
      case IdempotencyDecision.Proceed proceed -> {
        var point = steps.begin();
        store.save(
            request.owner(),
            request.key(),
            IdempotencyRecord.inProgress(request.fingerprint(), point, clock.instant()));
        yield new IdempotencyDecision.Resume(point);
      }
    };
  }

  /**
   * Stores {@code refusal}, the answer to a request whose effect was refused and rolled back, in a
   * unit of work of its own, so that retries replay it. If a concurrent request with the same key
   * stored an answer first, that answer wins and is returned instead.
   */
  public Outcome recordRefusal(Request request, StoredResponse refusal) {
    return keyed(request, List.of(), () -> refusal);
  }

  private StoredResponse perform(Request request, Supplier<StoredResponse> answer) {
    var response = answer.get();
    var record = IdempotencyRecord.answered(request.fingerprint(), response, clock.instant());
    store.save(request.owner(), request.key(), record);
    return response;
  }
}
