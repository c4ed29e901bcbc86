package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.RefundLinesRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.RefundsRecord;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.RefundLine;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.product.ProductId;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

final class RefundMapper {

  private RefundMapper() {}

  static Refund toDomain(RefundsRecord row, List<RefundLinesRecord> lines) {
    var currency = Currency.getInstance(row.getCurrency());
    return new Refund(
        new RefundId(row.getId()),
        new OrderId(row.getOrderId()),
        new PaymentId(row.getPaymentId()),
        Money.of(row.getAmount(), currency),
        RefundStatus.parse(row.getStatus()),
        row.getProviderRef(),
        row.getEntryId() == null ? null : new EntryId(row.getEntryId()),
        row.getRequestedBy() == null ? null : new UserId(row.getRequestedBy()),
        row.getCancelsOrder(),
        lines.stream()
            .map(
                line ->
                    new RefundLine(
                        new ProductId(line.getProductId()),
                        line.getQuantity(),
                        Money.of(line.getAmount(), currency)))
            .toList(),
        row.getRestock(),
        row.getCreatedAt());
  }

  static RefundsRecord toRecord(Refund refund) {
    return Rows.of(Tables.REFUNDS)
        .setId(refund.id().value())
        .setOrderId(refund.orderId().value())
        .setPaymentId(refund.paymentId().value())
        .setAmount(refund.amount().minor())
        .setCurrency(refund.amount().currency().getCurrencyCode())
        .setStatus(refund.status().code())
        .setProviderRef(refund.providerRef())
        .setEntryId(refund.entryId() == null ? null : refund.entryId().value())
        .setRequestedBy(refund.requestedBy() == null ? null : refund.requestedBy().value())
        .setCancelsOrder(refund.cancelsOrder())
        .setRestock(refund.restock())
        .setCreatedAt(refund.createdAt());
  }

  static List<RefundLinesRecord> lineRecords(Refund refund) {
    var lines = refund.lines();
    return IntStream.range(0, lines.size())
        .mapToObj(
            position ->
                Rows.of(Tables.REFUND_LINES)
                    .setRefundId(refund.id().value())
                    .setPosition(position)
                    .setProductId(lines.get(position).productId().value())
                    .setQuantity(lines.get(position).quantity())
                    .setAmount(lines.get(position).amount().minor()))
        .toList();
  }
}
