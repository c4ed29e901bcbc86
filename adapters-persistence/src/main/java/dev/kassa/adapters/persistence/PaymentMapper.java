package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.OrdersRecord;
import dev.kassa.adapters.persistence.jooq.tables.records.PaymentStatusHistoryRecord;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.card.CardId;
import dev.kassa.domain.ledger.EntryId;
import dev.kassa.domain.ledger.HoldId;
import dev.kassa.domain.payment.Payment;
import dev.kassa.domain.payment.PaymentChange;
import dev.kassa.domain.payment.PaymentId;
import dev.kassa.domain.payment.PaymentMethod;
import dev.kassa.domain.payment.PaymentStatus;
import dev.kassa.domain.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Maps an order's payment to the payment columns of its row and to its status history rows. */
final class PaymentMapper {

  private PaymentMapper() {}

  static Payment toDomain(
      OrdersRecord row, Currency currency, List<PaymentStatusHistoryRecord> history) {
    return new Payment(
        new PaymentId(row.getPaymentId()),
        PaymentMethod.valueOf(row.getPaymentMethod().toUpperCase(Locale.ROOT)),
        row.getPaymentProvider(),
        row.getPaymentProviderRef(),
        PaymentStatus.parse(row.getPaymentStatus()),
        Money.of(row.getPaymentAmount(), currency),
        Money.of(row.getPaymentRefunded(), currency),
        row.getPaymentAccountId() == null ? null : new AccountId(row.getPaymentAccountId()),
        row.getPaymentCardId() == null ? null : new CardId(row.getPaymentCardId()),
        row.getPaymentHoldId() == null ? null : new HoldId(row.getPaymentHoldId()),
        row.getPaymentEntryId() == null ? null : new EntryId(row.getPaymentEntryId()),
        row.getPaymentClientSecret(),
        row.getPaymentExpiresAt(),
        history.stream()
            .map(
                step ->
                    new PaymentChange(PaymentStatus.parse(step.getStatus()), step.getChangedAt()))
            .toList(),
        row.getPaymentCreatedAt());
  }

  /** Sets the payment columns of the row, or clears them all when there is no payment. */
  static OrdersRecord withPayment(OrdersRecord row, Payment payment) {
    if (payment == null) {
      return row.setPaymentId(null)
          .setPaymentMethod(null)
          .setPaymentProvider(null)
          .setPaymentProviderRef(null)
          .setPaymentStatus(null)
          .setPaymentAmount(null)
          .setPaymentRefunded(null)
          .setPaymentAccountId(null)
          .setPaymentCardId(null)
          .setPaymentHoldId(null)
          .setPaymentEntryId(null)
          .setPaymentClientSecret(null)
          .setPaymentExpiresAt(null)
          .setPaymentCreatedAt(null);
    }
    return row.setPaymentId(payment.id().value())
        .setPaymentMethod(payment.method().code())
        .setPaymentProvider(payment.provider())
        .setPaymentProviderRef(payment.providerRef())
        .setPaymentStatus(payment.status().code())
        .setPaymentAmount(payment.amount().minor())
        .setPaymentRefunded(payment.refunded().minor())
        .setPaymentAccountId(payment.accountId() == null ? null : payment.accountId().value())
        .setPaymentCardId(payment.cardId() == null ? null : payment.cardId().value())
        .setPaymentHoldId(payment.holdId() == null ? null : payment.holdId().value())
        .setPaymentEntryId(payment.entryId() == null ? null : payment.entryId().value())
        .setPaymentClientSecret(payment.clientSecret())
        .setPaymentExpiresAt(payment.expiresAt())
        .setPaymentCreatedAt(payment.createdAt());
  }

  /** The history rows of the payment from position {@code from} on. */
  static List<PaymentStatusHistoryRecord> historyRecords(Payment payment, int from) {
    var history = payment.history();
    var id = payment.id().value();
    return IntStream.range(from, history.size())
        .mapToObj(
            position ->
                Rows.of(Tables.PAYMENT_STATUS_HISTORY)
                    .setPaymentId(id)
                    .setPosition(position)
                    .setStatus(history.get(position).status().code())
                    .setChangedAt(history.get(position).at()))
        .toList();
  }
}
