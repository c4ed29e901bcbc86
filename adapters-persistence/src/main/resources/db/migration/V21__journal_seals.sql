-- The seal chain over the append-only journal (entries, postings, stock movements). Each row
-- carries the id of the transaction that wrote it (txid), so that a sealing worker can seal, in
-- the order (txid, table, seq), only rows that no open transaction can still precede: those
-- whose txid is below the oldest transaction still running. Writes never wait for the seals.
-- [jooq ignore start]
alter table journal_entries add column txid xid8 not null default pg_current_xact_id();
alter table postings add column txid xid8 not null default pg_current_xact_id();
alter table stock_movements add column txid xid8 not null default pg_current_xact_id();

create index journal_entries_txid_idx on journal_entries (txid, seq);
create index postings_txid_idx on postings (txid, seq);
create index stock_movements_txid_idx on stock_movements (txid, seq);
-- [jooq ignore stop]

-- One row per sealed journal row, in chain order: hash = sha256(previous hash, row content).
create table journal_seals (
    position  bigint      not null primary key,
    source    varchar(16) not null,
    row_id    uuid        not null,
    row_txid  bigint      not null,
    row_seq   bigint      not null,
    hash      varchar(64) not null,
    sealed_at timestamp with time zone not null,
    constraint journal_seals_source_known check (source in ('entry', 'posting', 'stock_movement'))
);

-- [jooq ignore start]
create trigger journal_seals_append_only
    before update or delete on journal_seals
    for each row execute function kassa_refuse_ledger_change();
-- [jooq ignore stop]
