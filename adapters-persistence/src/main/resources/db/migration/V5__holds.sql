-- Holds: two-phase transfers. A pending hold counts in accounts.held (so it reduces the available
-- balance, never the balance) until it is captured, voided or expired, each exactly once.

create table holds (
    id              uuid         not null primary key,
    seq             bigint       generated always as identity,
    account_id      uuid         not null references accounts (id),
    amount          bigint       not null,
    currency        varchar(3)   not null,
    status          varchar(16)  not null,
    reference_kind  varchar(64)  not null,
    reference_id    uuid         not null,
    description     varchar(500),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    captured_amount bigint,
    constraint holds_amount_positive check (amount > 0),
    constraint holds_status_known check (status in ('pending', 'captured', 'voided', 'expired')),
    constraint holds_captured_iff_status
        check ((status = 'captured') = (captured_amount is not null)),
    constraint holds_captured_within_amount
        check (captured_amount is null or (captured_amount > 0 and captured_amount <= amount))
);

create index holds_account_idx on holds (account_id, status);
create index holds_reference_idx on holds (reference_kind, reference_id);

-- [jooq ignore start]
-- The sweeper's range: pending holds by expiry. Partial indexes do not replay in the code generator.
create index holds_pending_expiry_idx on holds (expires_at) where status = 'pending';
-- [jooq ignore stop]
