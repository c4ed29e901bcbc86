-- The transactional outbox: every domain event, written in the same transaction as its change.
-- seq orders all events as appended; sequence counts one subject's events from 1.
create table outbox (
    id         uuid         not null primary key,
    seq        bigint       generated always as identity,
    type       varchar(64)  not null,
    subject    varchar(128) not null,
    sequence   bigint       not null,
    time       timestamp with time zone not null,
    data       jsonb        not null,
    created_at timestamp with time zone not null default now(),
    constraint outbox_subject_sequence_unique unique (subject, sequence)
);

create index outbox_seq_idx on outbox (seq);

create index outbox_type_seq_idx on outbox (type, seq);

-- Each subject's last sequence. Appending upserts it (INSERT ... ON CONFLICT DO UPDATE ...
-- RETURNING), whose row lock makes concurrent appends for one subject take 1, 2, 3 in turn; a
-- rolled-back append gives its number back.
create table outbox_subjects (
    subject       varchar(128) not null primary key,
    last_sequence bigint       not null
);
