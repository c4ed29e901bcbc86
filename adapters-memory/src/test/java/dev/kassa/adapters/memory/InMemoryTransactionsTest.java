package dev.kassa.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InMemoryTransactionsTest {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final Table<String, Integer> table = new Table<>(transactions);

  @Test
  void failedUnitUndoesEveryWriteNewestFirst() {
    table.put("kept", 1);
    table.put("changed", 1);
    table.put("removed", 1);

    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      table.put("changed", 2);
                      table.put("changed", 3);
                      table.remove("removed");
                      table.insert("added", 1);
                      table.put("added", 2);
                      table.removeIf(value -> value == 1);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(table.find("kept")).contains(1);
    assertThat(table.find("changed")).contains(1);
    assertThat(table.find("removed")).contains(1);
    assertThat(table.find("added")).isEmpty();
    assertThat(table.size()).isEqualTo(3);
  }

  @Test
  void errorsRollBackToo() {
    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      table.put("a", 1);
                      throw new AssertionError("failed check");
                    }))
        .isInstanceOf(AssertionError.class);

    assertThat(table.find("a")).isEmpty();
  }

  @Test
  void nestedUnitJoinsTheRunningOne() {
    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      transactions.run(() -> table.put("inner", 1));
                      assertThat(transactions.inUnitOfWork()).isTrue();
                      throw new IllegalStateException("outer");
                    }))
        .hasMessage("outer");

    assertThat(table.find("inner")).isEmpty();
    assertThat(transactions.inUnitOfWork()).isFalse();
  }

  @Test
  void writeOutsideAUnitIsAppliedAtOnce() {
    assertThat(table.insert("a", 1)).isTrue();
    assertThat(table.insert("a", 2)).isFalse();

    assertThat(table.find("a")).contains(1);
    assertThat(transactions.inUnitOfWork()).isFalse();
  }

  @Test
  void undoCannotBeRegisteredOutsideAUnit() {
    assertThatThrownBy(() -> transactions.onRollback(() -> {}))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void unitsOfWorkRunOneAtATime() throws Exception {
    var firstInside = new CountDownLatch(1);
    var releaseFirst = new CountDownLatch(1);
    var secondRan = new AtomicBoolean();
    var first =
        CompletableFuture.runAsync(
            () ->
                transactions.run(
                    () -> {
                      firstInside.countDown();
                      await(releaseFirst);
                    }));
    assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();

    var second = CompletableFuture.runAsync(() -> transactions.run(() -> secondRan.set(true)));
    Thread.sleep(100);
    assertThat(secondRan).isFalse();
    releaseFirst.countDown();

    first.get(5, TimeUnit.SECONDS);
    second.get(5, TimeUnit.SECONDS);
    assertThat(secondRan).isTrue();
  }

  @Test
  void aFailedUnitReleasesTheLockForOthers() throws Exception {
    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);

    var other = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> "ran"));

    assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("ran");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
