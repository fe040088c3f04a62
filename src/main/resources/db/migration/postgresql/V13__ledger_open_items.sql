-- Open items of one customer, and overdue undisputed open items, answered from the index alone.
create index ix_invoice_open_items on invoice (customer_id, effective_due_date)
    include (issue_date, open_amount, currency, disputed) where settled_on is null;
create index ix_invoice_open_undisputed on invoice (effective_due_date, customer_id)
    include (open_amount, currency) where settled_on is null and not disputed;
