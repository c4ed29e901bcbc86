-- How many deliveries are delivered, kept by the statements that change it, so that the health
-- check counts in constant time: delivered rows are kept, and counting them read every delivery
-- ever made (62 ms a call at the bench's size, 117 ms on a million rows, growing with the history).
-- Each backend adds to the slot of its process id modulo 16, so that concurrent writers seldom wait
-- for each other's commit; the count is the sum of the slots. Only statements that deliver or
-- undeliver rows write a slot: scheduling new (pending) deliveries never does.
create table event_delivery_tallies (
    slot      integer primary key,
    delivered bigint  not null
);

-- [jooq ignore start]
insert into event_delivery_tallies (slot, delivered)
select 0, count(*) from event_deliveries where status = 'delivered';

-- The dead deliveries are few: this index counts them, and finds them for the admin's listing.
create index event_deliveries_dead_idx on event_deliveries (event_id) where status = 'dead';

create function kassa_tally_delivered() returns trigger
language plpgsql as $$
declare
    delta bigint := 0;
begin
    if tg_op in ('INSERT', 'UPDATE') then
        delta := delta + (select count(*) from new_rows where status = 'delivered');
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        delta := delta - (select count(*) from old_rows where status = 'delivered');
    end if;
    if delta <> 0 then
        insert into event_delivery_tallies as t (slot, delivered)
        values (pg_backend_pid() % 16, delta)
        on conflict (slot) do update set delivered = t.delivered + excluded.delivered;
    end if;
    return null;
end;
$$;

create trigger event_deliveries_tally_insert
    after insert on event_deliveries
    referencing new table as new_rows
    for each statement execute function kassa_tally_delivered();

create trigger event_deliveries_tally_update
    after update on event_deliveries
    referencing old table as old_rows new table as new_rows
    for each statement execute function kassa_tally_delivered();

create trigger event_deliveries_tally_delete
    after delete on event_deliveries
    referencing old table as old_rows
    for each statement execute function kassa_tally_delivered();
-- [jooq ignore stop]
