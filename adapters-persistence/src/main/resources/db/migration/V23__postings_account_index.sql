-- One index of an account's postings instead of two: the statement and history reads walk
-- (account_id, created_at, seq), and the balance at an instant sums the amounts, which the index
-- now carries, so that sum stays an index-only scan. Every posting written maintained both.
drop index postings_account_created_idx;
-- [jooq ignore start]
drop index postings_account_created_amount_idx;
create index postings_account_created_idx on postings (account_id, created_at, seq) include (amount);
-- [jooq ignore stop]
