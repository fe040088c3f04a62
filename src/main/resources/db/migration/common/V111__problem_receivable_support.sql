-- The supervisor's support of a problem receivable of a customer without an open collection case
-- (DOMAIN §7): what was done last, by whom and when, on each flag active at the time (a customer with
-- a case keeps it in the case's history, PROBLEM_SUPPORT).
alter table problem_receivable add column supported_at timestamp;
alter table problem_receivable add column supported_by varchar(64);
alter table problem_receivable add column support_note varchar(2000);
