-- The in-app inboxes: one notification per event and user, so a redelivered event adds nothing.

create table notifications (
    id         uuid         not null primary key,
    user_id    uuid         not null references users (id),
    type       varchar(64)  not null,
    title      varchar(200) not null,
    body       varchar(1000) not null,
    event_id   uuid         not null,
    read_at    timestamp with time zone,
    created_at timestamp with time zone not null,
    constraint notifications_event_user_key unique (event_id, user_id)
);

create index notifications_user_idx on notifications (user_id, created_at desc, id desc);
create index notifications_unread_idx on notifications (user_id) where read_at is null;
