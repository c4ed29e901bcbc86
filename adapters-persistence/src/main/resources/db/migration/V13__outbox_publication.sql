-- Publication of the outbox to a message broker (Kafka). A relay claims unpublished rows for a
-- lease (lease_until), sends them outside any transaction, then sets published_at; a relay that
-- dies leaves its rows to the next one once the lease has run out.
alter table outbox add column published_at timestamp with time zone;

alter table outbox add column lease_until timestamp with time zone;

create index outbox_unpublished_idx on outbox (seq) where published_at is null;

create index outbox_unpublished_subject_idx on outbox (subject, seq) where published_at is null;

-- The events each subscriber has applied, so that a redelivered event is applied once.
create table applied_events (
    subscriber varchar(64) not null,
    event_id   uuid        not null,
    applied_at timestamp with time zone not null default now(),
    primary key (subscriber, event_id)
);
