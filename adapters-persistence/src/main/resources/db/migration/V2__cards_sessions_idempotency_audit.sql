-- Cards, login sessions and tokens, idempotency keys and the audit trail.

create table cards (
    id          uuid         not null primary key,
    seq         bigint       generated always as identity,
    account_id  uuid         not null references accounts (id),
    owner_id    uuid         not null references users (id),
    type        varchar(16)  not null,
    last4       varchar(4)   not null,
    fingerprint varchar(128) not null,
    exp_month   integer      not null,
    exp_year    integer      not null,
    status      varchar(16)  not null,
    created_at  timestamp with time zone not null,
    constraint cards_fingerprint_key unique (fingerprint),
    constraint cards_type_known check (type in ('debit', 'virtual')),
    constraint cards_status_known check (status in ('active', 'frozen', 'cancelled')),
    constraint cards_exp_month_valid check (exp_month between 1 and 12)
);

create index cards_owner_idx on cards (owner_id, created_at, seq);

create table sessions (
    id         uuid not null primary key,
    user_id    uuid not null references users (id),
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);

create index sessions_user_idx on sessions (user_id);

-- Only a hash of each refresh token is stored; spent_at is set once, by a guarded update.
create table refresh_tokens (
    token_hash varchar(128) not null primary key,
    session_id uuid         not null references sessions (id),
    user_id    uuid         not null references users (id),
    issued_at  timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    spent_at   timestamp with time zone
);

create index refresh_tokens_session_idx on refresh_tokens (session_id);

create table revoked_access_tokens (
    jti        varchar(128) not null primary key,
    expires_at timestamp with time zone not null
);

create index revoked_access_tokens_expires_idx on revoked_access_tokens (expires_at);

-- A key is claimed in_progress in a commit of its own, then completed with its response in the
-- transaction of the effect.
create table idempotency_keys (
    owner_id        uuid         not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(128) not null,
    state           varchar(16)  not null,
    response_status integer,
    response_body   text,
    created_at      timestamp with time zone not null,
    completed_at    timestamp with time zone,
    constraint idempotency_keys_pkey primary key (owner_id, idempotency_key),
    constraint idempotency_keys_state_known check (state in ('in_progress', 'completed')),
    constraint idempotency_keys_completed_has_response
        check (state = 'in_progress' or (response_status is not null and completed_at is not null))
);

create index idempotency_keys_completed_idx on idempotency_keys (completed_at);

create table audit_events (
    id           uuid         not null primary key,
    seq          bigint       generated always as identity,
    type         varchar(64)  not null,
    actor_id     uuid,
    subject_type varchar(64),
    subject_id   varchar(128),
    details      jsonb        not null,
    created_at   timestamp with time zone not null
);

create index audit_events_created_idx on audit_events (created_at, seq);
