-- The ledger is append-only: journal entries and postings are never changed or deleted.
-- [jooq ignore start]
create function kassa_refuse_ledger_change() returns trigger
language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'restrict_violation';
end;
$$;

create trigger journal_entries_append_only
    before update or delete on journal_entries
    for each row execute function kassa_refuse_ledger_change();

create trigger postings_append_only
    before update or delete on postings
    for each row execute function kassa_refuse_ledger_change();
-- [jooq ignore stop]
