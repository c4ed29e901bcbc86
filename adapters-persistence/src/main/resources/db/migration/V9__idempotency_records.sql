-- An idempotency key is now stored together with its request's effect, in one commit, under a
-- transaction-scoped advisory lock: there is no claim "in progress" any more. Rows left in
-- progress by the previous scheme belong to requests that never answered: forget them.
-- An effect of several transactions (one that calls a payment provider between them) keeps,
-- until it answers, the recovery point its first transaction began from instead of an answer.
delete from idempotency_keys where state <> 'completed';

alter table idempotency_keys drop constraint idempotency_keys_completed_has_response;
alter table idempotency_keys drop constraint idempotency_keys_state_known;
alter table idempotency_keys drop column state;
alter table idempotency_keys drop column created_at;
alter table idempotency_keys rename column completed_at to stored_at;
alter index idempotency_keys_completed_idx rename to idempotency_keys_stored_idx;
alter table idempotency_keys alter column stored_at set not null;
alter table idempotency_keys add column recovery_point varchar(100);
alter table idempotency_keys add constraint idempotency_keys_answer_or_recovery_point check (
    (response_status is not null and response_body is not null and recovery_point is null)
    or (response_status is null and response_body is null and recovery_point is not null));
