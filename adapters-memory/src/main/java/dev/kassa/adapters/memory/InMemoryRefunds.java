package dev.kassa.adapters.memory;

import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.payment.Refunds;
import dev.kassa.domain.shared.OrderId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Refunds in memory; each keeps an insertion sequence to order refunds of the same instant. */
public final class InMemoryRefunds implements Refunds {

  private record Row(Refund refund, long seq) {}

  private static final Comparator<Row> OLDEST_FIRST =
      Comparator.comparing((Row row) -> row.refund().createdAt()).thenComparingLong(Row::seq);

  private final Table<RefundId, Row> refunds;
  private final AtomicLong sequence = new AtomicLong();

  public InMemoryRefunds(InMemoryTransactions transactions) {
    this.refunds = new Table<>(transactions);
  }

  @Override
  public void add(Refund refund) {
    if (!refunds.insert(refund.id(), new Row(refund, sequence.incrementAndGet()))) {
      throw new IllegalArgumentException("refund " + refund.id() + " exists already");
    }
  }

  @Override
  public void update(Refund refund) {
    var row =
        refunds
            .find(refund.id())
            .orElseThrow(
                () -> new IllegalArgumentException("refund " + refund.id() + " does not exist"));
    refunds.put(refund.id(), new Row(refund, row.seq()));
  }

  @Override
  public Optional<Refund> find(RefundId id) {
    return refunds.find(id).map(Row::refund);
  }

  @Override
  public List<Refund> byOrder(OrderId order) {
    return refunds
        .rows()
        .filter(row -> row.refund().orderId().equals(order))
        .sorted(OLDEST_FIRST)
        .map(Row::refund)
        .toList();
  }

  @Override
  public List<Refund> requested(Instant before, int limit) {
    return refunds
        .rows()
        .filter(row -> row.refund().status() == RefundStatus.REQUESTED)
        .filter(row -> row.refund().createdAt().isBefore(before))
        .sorted(OLDEST_FIRST)
        .limit(limit)
        .map(Row::refund)
        .toList();
  }
}
