package dev.kassa.adapters.persistence;

import dev.kassa.adapters.persistence.jooq.Tables;
import dev.kassa.adapters.persistence.jooq.tables.records.AccountsRecord;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountStatus;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.user.UserId;
import java.util.Currency;

final class AccountMapper {

  private AccountMapper() {}

  static Account toDomain(AccountsRecord row) {
    return new Account(
        new AccountId(row.getId()),
        row.getOwnerId() == null ? null : new UserId(row.getOwnerId()),
        AccountType.fromCode(row.getType()),
        Currency.getInstance(row.getCurrency()),
        row.getName(),
        AccountStatus.fromCode(row.getStatus()),
        row.getBalance(),
        row.getHeld(),
        row.getCreatedAt());
  }

  static AccountsRecord toRecord(Account account) {
    return Rows.of(Tables.ACCOUNTS)
        .setId(account.id().value())
        .setOwnerId(account.ownerId() == null ? null : account.ownerId().value())
        .setType(account.type().code())
        .setCurrency(account.currency().getCurrencyCode())
        .setName(account.name())
        .setStatus(account.status().code())
        .setBalance(account.balance())
        .setHeld(account.held())
        .setCreatedAt(account.createdAt());
  }
}
