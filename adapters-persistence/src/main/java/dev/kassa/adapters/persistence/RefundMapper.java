package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.tables.records.RefundsRecord;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.Refund;
import dev.kassa.domain.payment.RefundId;
import dev.kassa.domain.payment.RefundStatus;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.OrderId;
import dev.kassa.domain.user.UserId;

final class RefundMapper {

  private RefundMapper() {}

  static Refund toDomain(RefundsRecord row) {
    return new Refund(
        new RefundId(row.getId()),
        new OrderId(row.getOrderId()),
        new PaymentId(row.getPaymentId()),
        Money.of(row.getAmount(), row.getCurrency()),
        RefundStatus.parse(row.getStatus()),
        row.getProviderRef(),
        row.getEntryId() == null ? null : new EntryId(row.getEntryId()),
        row.getRequestedBy() == null ? null : new UserId(row.getRequestedBy()),
        row.getCancelsOrder(),
        row.getCreatedAt());
  }

  static RefundsRecord toRecord(Refund refund) {
    return new RefundsRecord()
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
        .setCreatedAt(refund.createdAt());
  }
}
