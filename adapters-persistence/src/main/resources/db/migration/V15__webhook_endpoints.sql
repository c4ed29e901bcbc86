-- Outgoing webhook endpoints. Signing secrets are stored sealed (AES-GCM with SECRETS_KEY), never
-- in plain text; previous_secret signs beside secret until previous_secret_until after a rotation.
create table webhook_endpoints (
    id                    uuid          not null primary key,
    url                   varchar(2048) not null,
    events                varchar(4000) not null,
    description           varchar(500),
    enabled               boolean       not null,
    secret                text          not null,
    previous_secret       text,
    previous_secret_until timestamp with time zone,
    failure_streak        integer       not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null
);

create index webhook_endpoints_created_idx on webhook_endpoints (created_at, id);

-- Every delivery attempt of an event to an endpoint; seq orders them as recorded.
create table webhook_deliveries (
    id              uuid          not null primary key,
    seq             bigint        generated always as identity,
    endpoint_id     uuid          not null references webhook_endpoints (id) on delete cascade,
    event_id        uuid          not null,
    event_type      varchar(64)   not null,
    attempt         integer       not null,
    status          varchar(16)   not null,
    response_status integer,
    duration_ms     bigint        not null,
    response_body   varchar(1024),
    error           varchar(1000),
    created_at      timestamp with time zone not null
);

create index webhook_deliveries_endpoint_event_idx on webhook_deliveries (endpoint_id, event_id, seq);

create index webhook_deliveries_endpoint_seq_idx on webhook_deliveries (endpoint_id, seq);
