-- The nodes of a cluster say they are alive here every second (NodeHeartbeat), in the database's time.
-- A node silent for longer than ardesk.cluster.silent-after is taken for dead: the engine jobs locked
-- by its job executor (ACT_RU_JOB.LOCK_OWNER_ = lock_owner) are given back at once instead of when
-- their lock runs out, and its row is removed.
create table cluster_node (
    lock_owner    varchar(255) not null primary key,
    node_name     varchar(255) not null,
    started_at    timestamp    not null,
    last_seen_at  timestamp    not null
);
