-- A claim's lease changes no indexed column: with room left on each page, PostgreSQL updates the
-- row in place (a HOT update) instead of adding an entry to each of the table's indexes.
-- [jooq ignore start]
alter table event_deliveries set (fillfactor = 70);
-- [jooq ignore stop]
