-- The customer's signed copy of a statement (a scan, PDF or image), one per statement; uploaded by finance.
create table statement_signed_copy (
    statement_id bigint       not null primary key references statement (id),
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    content      blob        not null,
    uploaded_at  timestamp    not null,
    uploaded_by  varchar(64)  not null
);
