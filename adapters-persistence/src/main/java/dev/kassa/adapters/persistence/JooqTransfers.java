package dev.kassa.adapters.persistence;

import static dev.kassa.adapters.persistence.jooq.Tables.ACCOUNTS;
import static dev.kassa.adapters.persistence.jooq.Tables.TRANSFERS;

import dev.kassa.adapters.persistence.jooq.tables.records.TransfersRecord;
import dev.kassa.domain.ledger.Transfer;
import dev.kassa.domain.ledger.TransferId;
import dev.kassa.domain.ledger.Transfers;
import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;

/** Completed transfers in PostgreSQL. */
public final class JooqTransfers implements Transfers {

  private static final RenderedInsert<TransfersRecord> INSERT =
      new RenderedInsert<>(
          TRANSFERS,
          List.of(
              TRANSFERS.ID,
              TRANSFERS.FROM_ACCOUNT_ID,
              TRANSFERS.TO_ACCOUNT_ID,
              TRANSFERS.AMOUNT,
              TRANSFERS.CURRENCY,
              TRANSFERS.DESCRIPTION,
              TRANSFERS.STATUS,
              TRANSFERS.ENTRY_ID,
              TRANSFERS.CREATED_AT));

  private final JooqDatabase database;

  public JooqTransfers(JooqDatabase database) {
    this.database = database;
  }

  @Override
  public void add(Transfer transfer) {
    database.insert(WriteBehind.Held.TRANSFERS, INSERT, List.of(TransferMapper.toRecord(transfer)));
  }

  @Override
  public Optional<Transfer> find(TransferId id) {
    return database
        .dsl()
        .selectFrom(TRANSFERS)
        .where(TRANSFERS.ID.eq(id.value()))
        .fetchOptional(TransferMapper::toDomain);
  }

  @Override
  public Page<Transfer> pageInvolving(UserId owner, PageRequest request) {
    var owned = DSL.select(ACCOUNTS.ID).from(ACCOUNTS).where(ACCOUNTS.OWNER_ID.eq(owner.value()));
    return Pages.fetch(
        database.dsl(),
        TRANSFERS,
        TRANSFERS.FROM_ACCOUNT_ID.in(owned).or(TRANSFERS.TO_ACCOUNT_ID.in(owned)),
        List.of(TRANSFERS.CREATED_AT.desc(), TRANSFERS.SEQ.desc()),
        request,
        TransferMapper::toDomain);
  }
}
