-- Users, accounts and the double-entry ledger. Money is always bigint minor units.
-- Every table has a generated seq that breaks ties between rows created in the same instant,
-- so that "oldest first" and "newest first" are stable.

create table users (
    id            uuid         not null primary key,
    seq           bigint       generated always as identity,
    email         varchar(254) not null,
    password_hash varchar(255) not null,
    role          varchar(16)  not null,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    date_of_birth date,
    phone         varchar(32),
    address       varchar(500),
    created_at    timestamp with time zone not null,
    constraint users_email_key unique (email),
    constraint users_role_known check (role in ('customer', 'admin'))
);

create index users_created_at_idx on users (created_at, seq);

create table accounts (
    id         uuid         not null primary key,
    seq        bigint       generated always as identity,
    owner_id   uuid         references users (id),
    type       varchar(32)  not null,
    currency   varchar(3)   not null,
    name       varchar(100) not null,
    status     varchar(16)  not null,
    balance    bigint       not null default 0,
    held       bigint       not null default 0,
    created_at timestamp with time zone not null,
    constraint accounts_type_known
        check (type in ('checking', 'savings', 'cash', 'merchant_revenue', 'payment_clearing')),
    constraint accounts_status_known check (status in ('active', 'frozen', 'closed')),
    constraint accounts_system_iff_no_owner
        check ((owner_id is null and type in ('cash', 'merchant_revenue', 'payment_clearing'))
            or (owner_id is not null and type in ('checking', 'savings'))),
    constraint accounts_held_not_negative check (held >= 0),
    constraint accounts_customer_not_overdrawn check (owner_id is null or balance - held >= 0)
);

create index accounts_owner_idx on accounts (owner_id, created_at, seq);

-- [jooq ignore start]
-- One system account per type and currency. Partial indexes do not replay in the code generator.
create unique index accounts_system_type_currency_key
    on accounts (type, currency) where owner_id is null;
-- [jooq ignore stop]

create table journal_entries (
    id             uuid         not null primary key,
    seq            bigint       generated always as identity,
    currency       varchar(3)   not null,
    description    varchar(500),
    reference_kind varchar(64)  not null,
    reference_id   uuid         not null,
    created_at     timestamp with time zone not null
);

create index journal_entries_reference_idx on journal_entries (reference_kind, reference_id);

-- One row per posting: the unified transaction log. owner_id copies the account's owner (which
-- never changes) so that a customer's log is one index range.
create table postings (
    id             uuid         not null primary key,
    seq            bigint       generated always as identity,
    entry_id       uuid         not null references journal_entries (id),
    account_id     uuid         not null references accounts (id),
    owner_id       uuid,
    type           varchar(32)  not null,
    amount         bigint       not null,
    currency       varchar(3)   not null,
    balance_after  bigint       not null,
    description    varchar(500),
    reference_kind varchar(64)  not null,
    reference_id   uuid         not null,
    created_at     timestamp with time zone not null,
    constraint postings_amount_not_zero check (amount <> 0),
    constraint postings_type_known check (type in
        ('deposit', 'withdrawal', 'transfer_in', 'transfer_out', 'purchase', 'card_payment', 'refund')),
    constraint postings_entry_account_key unique (entry_id, account_id)
);

create index postings_account_created_idx on postings (account_id, created_at, seq);
create index postings_owner_created_idx on postings (owner_id, created_at, seq);
create index postings_created_idx on postings (created_at, seq);

create table transfers (
    id              uuid         not null primary key,
    seq             bigint       generated always as identity,
    from_account_id uuid         not null references accounts (id),
    to_account_id   uuid         not null references accounts (id),
    amount          bigint       not null,
    currency        varchar(3)   not null,
    description     varchar(500),
    status          varchar(16)  not null,
    entry_id        uuid         not null references journal_entries (id),
    created_at      timestamp with time zone not null,
    constraint transfers_amount_positive check (amount > 0),
    constraint transfers_status_known check (status in ('completed'))
);

create index transfers_from_idx on transfers (from_account_id, created_at, seq);
create index transfers_to_idx on transfers (to_account_id, created_at, seq);
