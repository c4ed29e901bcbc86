-- A refund through a payment provider is recorded as 'requested' before the provider is asked,
-- and completed ('succeeded' or 'pending', with its ledger entry) or 'failed' after; only a
-- completed refund has a ledger entry. cancels_order: completing it also cancels the order.
alter table refunds alter column entry_id drop not null;

alter table refunds add column cancels_order boolean not null default false;

-- [jooq ignore start]
-- Checks and partial indexes do not matter to the code generator.
alter table refunds drop constraint refunds_status_known;

alter table refunds add constraint refunds_status_known
    check (status in ('requested', 'succeeded', 'pending', 'failed'));

alter table refunds add constraint refunds_entry_when_completed
    check ((entry_id is not null) = (status in ('succeeded', 'pending')));

-- The housekeeping's range: refunds still requested, oldest first.
create index refunds_requested_idx on refunds (created_at, seq) where status = 'requested';
-- [jooq ignore stop]
