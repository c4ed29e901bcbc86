package dev.kassa.domain.event;

import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The events of an account's life: opened, frozen, unfrozen, closed. */
public final class AccountEvents {

  private AccountEvents() {}

  public static DomainEvent opened(Account account, Instant now) {
    return DomainEvent.of(EventType.ACCOUNT_OPENED, account.id(), now, data(account, null));
  }

  /** {@code account.frozen}, {@code account.unfrozen} or {@code account.closed}, by its status. */
  public static DomainEvent statusChanged(Account before, Account after, Instant now) {
    var type =
        switch (after.status()) {
          case FROZEN -> EventType.ACCOUNT_FROZEN;
          case CLOSED -> EventType.ACCOUNT_CLOSED;
          case ACTIVE -> EventType.ACCOUNT_UNFROZEN;
        };
    return DomainEvent.of(type, after.id(), now, data(after, before.status()));
  }

  private static Map<String, Object> data(Account account, AccountStatus previous) {
    var data = new LinkedHashMap<String, Object>();
    data.put("accountId", account.id().toString());
    data.put("ownerId", account.ownerId() == null ? null : account.ownerId().toString());
    data.put("type", account.type().code());
    data.put("currency", account.currency().getCurrencyCode());
    data.put("name", account.name());
    data.put("status", account.status().code());
    if (previous != null) {
      data.put("previousStatus", previous.code());
    }
    return data;
  }
}
