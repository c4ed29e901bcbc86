-- The expiry sweeper covers every payment whose money was never taken: gateway payments still
-- pending (unpaid reservations) and card payments still authorized (holds never captured).

-- [jooq ignore start]
-- Partial indexes do not replay in the code generator.
drop index orders_pending_payment_expiry_idx;
create index orders_uncaptured_expiry_idx on orders (payment_expires_at, id)
    where payment_status in ('pending', 'authorized');
-- [jooq ignore stop]
