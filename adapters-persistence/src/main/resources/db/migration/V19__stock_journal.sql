-- The stock journal: every change of a product's stock is a row here, written in the same
-- transaction as the change, so that a product's stock always equals the sum of its deltas.
create table stock_movements (
    id          uuid        not null primary key,
    seq         bigint      generated always as identity,
    product_id  uuid        not null references products (id),
    delta       integer     not null,
    stock_after integer     not null,
    reason      varchar(32) not null,
    order_id    uuid,
    actor_id    uuid,
    created_at  timestamp with time zone not null,
    constraint stock_movements_delta_not_zero check (delta <> 0),
    constraint stock_movements_stock_after_in_range check (stock_after between 0 and 1000000000),
    constraint stock_movements_reason_known check (reason in ('initial', 'opening', 'sale',
        'reservation', 'release', 'cancellation', 'refund_restock', 'adjustment'))
);

create index stock_movements_product_idx on stock_movements (product_id, seq);

-- [jooq ignore start]
-- A database older than the journal: each product's stock so far becomes one opening movement.
insert into stock_movements (id, product_id, delta, stock_after, reason, created_at)
select gen_random_uuid(), id, stock, stock, 'opening', now() from products where stock > 0;

-- Like the ledger, the journal is append-only.
create trigger stock_movements_append_only
    before update or delete on stock_movements
    for each row execute function kassa_refuse_ledger_change();

-- The balance of an account at any instant is the sum of its postings up to it: with the amount
-- in the index, that sum is an index-only scan, whatever the size of the account's history.
create index postings_account_created_amount_idx on postings (account_id, created_at) include (amount);
-- [jooq ignore stop]
