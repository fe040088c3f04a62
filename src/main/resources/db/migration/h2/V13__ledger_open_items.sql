-- H2 has no partial or covering indexes: plain indexes with the same names as on PostgreSQL.
create index ix_invoice_open_items on invoice (customer_id, effective_due_date);
create index ix_invoice_open_undisputed on invoice (effective_due_date, customer_id);
