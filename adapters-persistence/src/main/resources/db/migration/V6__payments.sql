-- Payments by card hold and through external providers: the payment's provider and its intent,
-- the card hold behind it, its status history, refunds, and every provider event received.

-- An in-house payment (account or card) has provider 'kassa' and no provider reference; a gateway
-- payment has the provider's intent id, the secret the buyer pays it with and an expiry. A card
-- payment names its card and the hold that reserves the money until the order ships.
alter table orders add column payment_provider      varchar(32);
alter table orders add column payment_provider_ref  varchar(255);
alter table orders add column payment_card_id       uuid references cards (id);
alter table orders add column payment_hold_id       uuid references holds (id);
alter table orders add column payment_client_secret varchar(255);
alter table orders add column payment_expires_at    timestamp with time zone;

-- Every payment before this version was an account payment, settled in house.
update orders set payment_provider = 'kassa' where payment_id is not null;

alter table orders drop constraint orders_payment_complete;
alter table orders add constraint orders_payment_complete check (
    (payment_id is null and payment_method is null and payment_status is null
        and payment_amount is null and payment_refunded is null and payment_account_id is null
        and payment_entry_id is null and payment_created_at is null and payment_provider is null
        and payment_provider_ref is null and payment_card_id is null and payment_hold_id is null
        and payment_client_secret is null and payment_expires_at is null)
    or (payment_id is not null and payment_method is not null and payment_status is not null
        and payment_amount is not null and payment_refunded is not null
        and payment_created_at is not null and payment_provider is not null));
-- A provider's intent pays one order only: a webhook finds its order by this pair.
alter table orders add constraint orders_payment_provider_ref_key
    unique (payment_provider, payment_provider_ref);

-- [jooq ignore start]
-- The expiry sweeper's range: orders still awaiting payment, by expiry. Partial indexes do not
-- replay in the code generator.
create index orders_pending_payment_expiry_idx on orders (payment_expires_at, id)
    where status = 'pending_payment';
-- [jooq ignore stop]

-- Every status a payment went through, in order; rows are only ever appended.
create table payment_status_history (
    payment_id uuid        not null references orders (payment_id),
    position   integer     not null,
    status     varchar(32) not null,
    changed_at timestamp with time zone not null,
    constraint payment_status_history_pkey primary key (payment_id, position),
    constraint payment_status_history_status_known check (status in
        ('pending', 'authorized', 'captured', 'failed', 'voided', 'refunded', 'partially_refunded'))
);

-- The payments before this version were captured at once; a refunded one then moved once more.
insert into payment_status_history (payment_id, position, status, changed_at)
    select payment_id, 0, 'captured', payment_created_at from orders
    where payment_id is not null and payment_status in ('refunded', 'partially_refunded');
insert into payment_status_history (payment_id, position, status, changed_at)
    select payment_id,
           case when payment_status in ('refunded', 'partially_refunded') then 1 else 0 end,
           payment_status,
           case when payment_status in ('refunded', 'partially_refunded') then updated_at
                else payment_created_at end
    from orders where payment_id is not null;

-- Money given back for an order; rows are only ever added. entry_id is the ledger entry that
-- recorded the refund, provider_ref the provider's refund, requested_by the admin who asked for
-- it (null when Kassa refunded on its own).
create table refunds (
    id           uuid         not null primary key,
    seq          bigint       generated always as identity,
    order_id     uuid         not null references orders (id),
    payment_id   uuid         not null,
    amount       bigint       not null,
    currency     varchar(3)   not null,
    status       varchar(16)  not null,
    provider_ref varchar(255),
    entry_id     uuid         not null references journal_entries (id),
    requested_by uuid         references users (id),
    created_at   timestamp with time zone not null,
    constraint refunds_amount_positive check (amount > 0),
    constraint refunds_status_known check (status in ('succeeded', 'pending'))
);

create index refunds_order_created_idx on refunds (order_id, created_at, seq);

-- One row per provider event, however often the provider delivered it: the unique pair
-- (provider, event_id), written in the same transaction as the event's effect, is what applies
-- each event at most once.
create table received_events (
    id               uuid         not null primary key,
    seq              bigint       generated always as identity,
    provider         varchar(32)  not null,
    event_id         varchar(255) not null,
    type             varchar(255) not null,
    intent_id        varchar(255),
    outcome          varchar(32)  not null,
    deliveries       integer      not null,
    received_at      timestamp with time zone not null,
    last_received_at timestamp with time zone not null,
    constraint received_events_provider_event_key unique (provider, event_id),
    constraint received_events_outcome_known check (outcome in ('received', 'applied',
        'refunded_late_payment', 'out_of_order', 'unknown_intent', 'amount_mismatch', 'ignored')),
    constraint received_events_deliveries_positive check (deliveries >= 1)
);

create index received_events_received_idx on received_events (received_at desc, seq desc);
