-- The W3C trace context of the request that appended each event, so that its deliveries (in the
-- process, or through Kafka's traceparent header) continue the request's trace. Null: untraced.
alter table outbox add column traceparent varchar(55);

alter table outbox add column tracestate varchar(512);
