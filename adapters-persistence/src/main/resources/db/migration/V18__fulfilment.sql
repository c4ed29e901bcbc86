-- Orders that can be fulfilled: where an order goes (all shipping columns null when the buyer
-- gave no address), how it travels once shipped, and refunds by line.
alter table orders add column shipping_name varchar(200);
alter table orders add column shipping_line1 varchar(200);
alter table orders add column shipping_line2 varchar(200);
alter table orders add column shipping_postal_code varchar(20);
alter table orders add column shipping_city varchar(100);
alter table orders add column shipping_country varchar(2);
alter table orders add column shipment_carrier varchar(100);
alter table orders add column shipment_tracking_number varchar(100);

-- restock: completing the refund puts its lines' units back in stock.
alter table refunds add column restock boolean not null default false;

-- The lines a refund by line gives back, each at its order line's snapshotted unit price; rows
-- are only ever added, with their refund.
create table refund_lines (
    refund_id  uuid    not null references refunds (id),
    position   integer not null,
    product_id uuid    not null references products (id),
    quantity   integer not null,
    amount     bigint  not null,
    constraint refund_lines_pkey primary key (refund_id, position),
    constraint refund_lines_quantity_positive check (quantity > 0),
    constraint refund_lines_amount_positive check (amount > 0)
);

-- [jooq ignore start]
-- Checks do not matter to the code generator.
alter table orders add constraint orders_shipping_complete check (
    (shipping_name is null and shipping_line1 is null and shipping_line2 is null
        and shipping_postal_code is null and shipping_city is null and shipping_country is null)
    or (shipping_name is not null and shipping_line1 is not null and shipping_city is not null
        and shipping_country is not null));
-- [jooq ignore stop]
