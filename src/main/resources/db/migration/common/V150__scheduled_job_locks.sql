-- Scheduled jobs outside the engine (the statements run, the letter outbox, the case-change poll) run
-- once per cluster: a node runs one only while it holds its row here (ShedLock's table, its own
-- column names). lock_until is the database's time; a node that died lets go when it passes.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
