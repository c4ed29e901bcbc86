-- The shop: the catalog, carts and orders. Money is bigint minor units; stock never goes below
-- zero and moves only through guarded single-row updates.

create table products (
    id          uuid          not null primary key,
    seq         bigint        generated always as identity,
    sku         varchar(64)   not null,
    name        varchar(200)  not null,
    description varchar(5000) not null,
    price       bigint        not null,
    currency    varchar(3)    not null,
    category    varchar(64)   not null,
    stock       integer       not null,
    image_urls  varchar(2000)[] not null,
    status      varchar(16)   not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint products_price_positive check (price > 0),
    constraint products_stock_in_range check (stock between 0 and 1000000000),
    constraint products_status_known check (status in ('active', 'archived'))
);

-- [jooq ignore start]
-- Expression and partial indexes do not replay in the code generator.
-- A SKU is unique whatever its case.
create unique index products_sku_key on products (lower(sku));

-- The public catalog lists active products only, so its indexes leave archived ones out. Stock is
-- in none of them: taking stock is a HOT update that touches no index.
-- Text search: the words of name and description, matched by prefix (see ProductSearch). The
-- query repeats this expression exactly, so that the planner uses the index.
create index products_active_text_idx on products
    using gin (to_tsvector('simple', name || ' ' || description)) where status = 'active';
create index products_active_newest_idx on products (created_at desc, seq desc)
    where status = 'active';
create index products_active_name_idx on products ((lower(name) collate "C"), id)
    where status = 'active';
create index products_active_price_idx on products (price, id) where status = 'active';
create index products_active_category_price_idx on products (category, price, id)
    where status = 'active';
-- [jooq ignore stop]

-- One row per cart, created on first lock: the row that SELECT ... FOR UPDATE locks, so that
-- concurrent changes of one cart apply one after the other, even while it is empty.
create table carts (
    owner_id uuid not null primary key references users (id)
);

create table cart_items (
    id         uuid    not null primary key,
    owner_id   uuid    not null references carts (owner_id),
    position   integer not null,
    product_id uuid    not null references products (id),
    quantity   integer not null,
    added_at   timestamp with time zone not null,
    constraint cart_items_quantity_positive check (quantity > 0),
    constraint cart_items_owner_position_key unique (owner_id, position),
    constraint cart_items_owner_product_key unique (owner_id, product_id)
);

-- An order with its payment inline (all payment columns are null together or set together).
create table orders (
    id                 uuid        not null primary key,
    seq                bigint      generated always as identity,
    user_id            uuid        not null references users (id),
    kind               varchar(16) not null,
    status             varchar(32) not null,
    currency           varchar(3)  not null,
    payment_id         uuid,
    payment_method     varchar(16),
    payment_status     varchar(32),
    payment_amount     bigint,
    payment_refunded   bigint,
    payment_account_id uuid references accounts (id),
    payment_entry_id   uuid references journal_entries (id),
    payment_created_at timestamp with time zone,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint orders_payment_id_key unique (payment_id),
    constraint orders_kind_known check (kind in ('checkout', 'purchase')),
    constraint orders_status_known check (status in
        ('pending_payment', 'paid', 'shipped', 'delivered', 'cancelled', 'payment_failed')),
    constraint orders_payment_method_known check (payment_method in ('account', 'card', 'gateway')),
    constraint orders_payment_status_known check (payment_status in
        ('pending', 'authorized', 'captured', 'failed', 'voided', 'refunded', 'partially_refunded')),
    constraint orders_payment_complete check (
        (payment_id is null and payment_method is null and payment_status is null
            and payment_amount is null and payment_refunded is null and payment_account_id is null
            and payment_entry_id is null and payment_created_at is null)
        or (payment_id is not null and payment_method is not null and payment_status is not null
            and payment_amount is not null and payment_refunded is not null
            and payment_created_at is not null)),
    constraint orders_refund_within_amount check (payment_refunded between 0 and payment_amount)
);

create index orders_user_created_idx on orders (user_id, created_at desc, seq desc);
create index orders_status_created_idx on orders (status, created_at desc, seq desc);
create index orders_created_idx on orders (created_at desc, seq desc);

-- Lines snapshot the product as it was sold; they never change.
create table order_lines (
    order_id   uuid         not null references orders (id),
    position   integer      not null,
    product_id uuid         not null references products (id),
    sku        varchar(64)  not null,
    name       varchar(200) not null,
    unit_price bigint       not null,
    quantity   integer      not null,
    constraint order_lines_pkey primary key (order_id, position),
    constraint order_lines_unit_price_positive check (unit_price > 0),
    constraint order_lines_quantity_positive check (quantity > 0)
);

-- Every status an order went through, in order; rows are only ever appended.
create table order_status_history (
    order_id   uuid        not null references orders (id),
    position   integer     not null,
    status     varchar(32) not null,
    changed_at timestamp with time zone not null,
    constraint order_status_history_pkey primary key (order_id, position),
    constraint order_status_history_status_known check (status in
        ('pending_payment', 'paid', 'shipped', 'delivered', 'cancelled', 'payment_failed'))
);
