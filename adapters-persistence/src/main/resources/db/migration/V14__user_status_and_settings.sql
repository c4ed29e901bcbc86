-- A user's status (a disabled user cannot log in) and notification settings, and the
-- password-reset tokens: only the SHA-256 of each token is stored, spent once by a guarded update.

alter table users add column status varchar(16) not null default 'active';
alter table users add constraint users_status_check check (status in ('active', 'disabled'));
alter table users add column notify_email boolean not null default true;
alter table users add column notify_sms boolean not null default false;

create index users_active_admins_idx on users (id) where role = 'admin' and status = 'active';

create table password_reset_tokens (
    token_hash varchar(128) not null primary key,
    user_id    uuid         not null references users (id),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    spent_at   timestamp with time zone
);

create index password_reset_tokens_user_idx on password_reset_tokens (user_id);
