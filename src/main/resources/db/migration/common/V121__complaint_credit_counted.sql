-- Whether a complaint's agreed credit note needs a supervisor is decided once, at agreement, from
-- the customer's credit notes, write-offs and pending requests of the rolling 30 days plus this one, in the
-- base currency at that day's rate; the figure is kept for the audit.
alter table complaint add column credit_approval_needed boolean;
alter table complaint add column credit_counted varchar(300);
