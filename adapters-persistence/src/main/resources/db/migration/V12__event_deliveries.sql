-- The delivery state of each outbox event with each subscriber that takes it. subject and
-- sequence repeat the event's, so that claiming can keep one subject's events in order without
-- a join. A worker leases the rows it claims (leased_until, lease) and commits at once; a lease
-- that runs out makes the row claimable again.
create table event_deliveries (
    event_id        uuid         not null references outbox (id),
    subscriber      varchar(64)  not null,
    subject         varchar(128) not null,
    sequence        bigint       not null,
    status          varchar(16)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp with time zone not null,
    pending_since   timestamp with time zone,
    leased_until    timestamp with time zone,
    lease           uuid,
    last_error      varchar(500),
    delivered_at    timestamp with time zone,
    constraint event_deliveries_pk primary key (event_id, subscriber),
    constraint event_deliveries_status_check check (status in ('pending', 'delivered', 'dead'))
);

create index event_deliveries_due_idx on event_deliveries (next_attempt_at)
    where status = 'pending';

create index event_deliveries_order_idx on event_deliveries (subscriber, subject, sequence)
    where status = 'pending';

create index event_deliveries_status_idx on event_deliveries (status, event_id);
