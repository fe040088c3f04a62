-- A complaint may name hundreds of invoices: the step log lists every one ("Invoices: …", disputed,
-- released), longer than the 4,000 characters the column held.
alter table complaint_step alter column details set data type varchar(1000000);
