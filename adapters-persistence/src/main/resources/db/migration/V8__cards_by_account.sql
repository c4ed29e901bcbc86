-- Closing an account cancels its cards: they are found by account.
create index cards_account_idx on cards (account_id, created_at, seq);
