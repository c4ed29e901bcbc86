package dev.kassa.domain.event;

import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.Hold;
import dev.kassa.domain.ledger.Transfer;
import java.time.Instant;
import java.util.LinkedHashMap;

/** The events of money moving: posted cash transactions, completed transfers, expired holds. */
public final class LedgerEvents {

  private LedgerEvents() {}

  /** A posted line of an account; its subject is the transaction. */
  public static DomainEvent transactionPosted(AccountTransaction line, Instant now) {
    var data = new LinkedHashMap<String, Object>();
    data.put("transactionId", line.id().toString());
    data.put("accountId", line.accountId().toString());
    data.put("entryId", line.entryId().toString());
    data.put("type", line.type().code());
    data.putAll(EventData.money(line.amount()));
    data.put("balanceAfter", line.balanceAfter().minor());
    data.put("description", line.description());
    return DomainEvent.of(EventType.TRANSACTION_POSTED, line.id(), now, data);
  }

  public static DomainEvent transferCompleted(Transfer transfer, Instant now) {
    var data = new LinkedHashMap<String, Object>();
    data.put("transferId", transfer.id().toString());
    data.put("fromAccountId", transfer.fromAccountId().toString());
    data.put("toAccountId", transfer.toAccountId().toString());
    data.putAll(EventData.money(transfer.amount()));
    data.put("status", transfer.status().code());
    data.put("description", transfer.description());
    return DomainEvent.of(EventType.TRANSFER_COMPLETED, transfer.id(), now, data);
  }

  /** An expired hold; its subject is the hold's account. */
  public static DomainEvent holdExpired(Hold hold, Instant now) {
    var data = new LinkedHashMap<String, Object>();
    data.put("holdId", hold.id().toString());
    data.put("accountId", hold.accountId().toString());
    data.putAll(EventData.money(hold.amount()));
    data.put("status", hold.status().code());
    return DomainEvent.of(EventType.HOLD_EXPIRED, hold.accountId(), now, data);
  }
}
