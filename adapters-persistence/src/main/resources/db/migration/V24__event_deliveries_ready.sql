-- A pending delivery is ready when no earlier event of its subject is pending for its subscriber;
-- the due index holds only ready ones, so that a claim walks the deliveries it may take and none
-- blocked behind their subject's earlier event (an order's second event, say), however long the
-- backlog. Scheduling decides it (the trigger below: the first event of a subject is ready at
-- once); completing a delivery readies the next one of its subject (JooqEventDeliveries.record).
-- A schedule that crosses the completion of the delivery before it (each reads before the other
-- commits) leaves its row waiting: the claims ready such rows once a second. Locking the earlier
-- delivery instead tied the money transactions to the workers' (deadlocks, measured).
alter table event_deliveries add column ready boolean not null default true;

update event_deliveries d set ready = false
 where d.status = 'pending'
   and exists (select 1 from event_deliveries e
                where e.subscriber = d.subscriber and e.subject = d.subject
                  and e.status = 'pending' and e.sequence < d.sequence);

-- No index leads with the status any more: on statistics taken while few deliveries were pending
-- (the table churns far faster than it is analyzed), PostgreSQL read every pending delivery
-- through it to ready the next ones of a few subjects (20 ms, none found). The listing by status
-- probes each event's deliveries by the primary key.
drop index event_deliveries_status_idx;
-- [jooq ignore start]
drop index event_deliveries_due_idx;
create index event_deliveries_due_idx on event_deliveries (next_attempt_at)
    where status = 'pending' and ready;

create index event_deliveries_waiting_idx on event_deliveries (subscriber, subject, sequence)
    where status = 'pending' and not ready;

create function kassa_event_delivery_ready() returns trigger
language plpgsql as $$
begin
    if new.status = 'pending' and new.sequence > 1 then
        perform 1 from event_deliveries e
         where e.subscriber = new.subscriber and e.subject = new.subject
           and e.status = 'pending' and e.sequence < new.sequence;
        new.ready := not found;
    else
        new.ready := true;
    end if;
    return new;
end;
$$;

create trigger event_deliveries_ready
    before insert on event_deliveries
    for each row execute function kassa_event_delivery_ready();
-- [jooq ignore stop]
