-- The instances each start-up handed to a migration batch (ProcessMigrations): a node starting while the
-- batch still runs skips them instead of handing them to a second batch. Rows of finished batches go.
create table process_migration_instance (
    process_instance_id varchar(64) not null primary key,
    batch_id            varchar(64) not null
);
create index ix_process_migration_instance_batch on process_migration_instance (batch_id);
