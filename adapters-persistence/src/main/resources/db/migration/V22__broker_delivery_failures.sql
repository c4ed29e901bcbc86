-- The failed deliveries of events that travel through a message broker (Kafka), one row per
-- subscriber and event, written by the subscriber's consumer after each failed attempt: pending
-- while a retry is due at next_attempt_at, dead once the last attempt failed and the event went to
-- the dead letters. With applied_events and outbox.published_at it is where each event stands
-- with each subscriber; an admin's redelivery deletes the subscriber's rows of the event.
create table broker_delivery_failures (
    subscriber      varchar(64)  not null,
    event_id        uuid         not null,
    status          varchar(16)  not null,
    attempts        integer      not null,
    last_error      varchar(500),
    next_attempt_at timestamp with time zone not null,
    primary key (subscriber, event_id),
    constraint broker_delivery_failures_status_check check (status in ('pending', 'dead'))
);

create index broker_delivery_failures_event_idx on broker_delivery_failures (event_id);

create index broker_delivery_failures_status_idx on broker_delivery_failures (status);

create index applied_events_event_idx on applied_events (event_id);
