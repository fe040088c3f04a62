-- An invoice row is written again whenever a payment, credit note or reversal changes its open
-- amount. With free room on its page PostgreSQL keeps the new version there without touching the
-- invoice's six indexes (a heap-only update); full pages, as a bulk load leaves them, make every
-- balance change an index write in each. Applies to pages written from now on; VACUUM FULL invoice
-- (a maintenance window) rewrites the pages already there.
alter table invoice set (fillfactor = 80);
