-- The import looks up a chunk's payment numbers at once (document_no in (...)). H2 uses an index for
-- an IN list only on an index's first column, and uk_credit_document_no starts with kind.
create index ix_credit_document_document_no on credit_document (document_no);
