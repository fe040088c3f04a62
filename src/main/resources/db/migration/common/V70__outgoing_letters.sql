-- One outbox for every letter AR Desk sends (DESIGN: "E-mail leaves through an outbox"): dunning
-- letters, the answers and outcomes of payment extensions, and the payment reminders of orders. The
-- letters table became general in V60; it is now named for what it holds, and the order reminders,
-- which had an outbox of their own (V50), move into it.

alter table dunning_letter rename to outgoing_letter;
alter table outgoing_letter rename constraint uk_dunning_letter_case_stage to uk_outgoing_letter_case_stage;
alter table outgoing_letter rename constraint uk_dunning_letter_message to uk_outgoing_letter_message;
alter index ix_dunning_letter_delivery rename to ix_outgoing_letter_delivery;

-- general words for general columns: the body of a letter is HTML, a reminder's is plain text
alter table outgoing_letter rename column html to body;
alter table outgoing_letter rename column overdue_amount to amount;
alter table outgoing_letter add column body_format varchar(4) default 'HTML' not null;
-- every letter names its kind now
alter table outgoing_letter alter column kind drop default;
-- one letter of a kind about the same thing: one payment reminder per order, one answer and one
-- outcome per extension request (dunning letters are about their case and stage, reference null)
alter table outgoing_letter add constraint uk_outgoing_letter_kind_reference unique (kind, reference);

-- Every reminder moves, sent or not: a pending one is delivered by the common outbox, a sent one stays
-- in the order's record. Message-IDs keep their value (a reminder re-sent after a crash is the same
-- message); two order numbers that once gave the same Message-ID keep the first and number the later.
-- The invoice number and due date are the order's (reference = order number).
insert into outgoing_letter (kind, reference, customer_no, language, recipient, subject, body, body_format,
    content_json, amount, interest, currency, letter_date, delivery, attempts, last_error, claimed_at, created_at,
    sent_at, message_id)
select 'PAYMENT_REMINDER', r.order_no, r.customer_no, r.language, r.recipient, r.subject, r.body, 'TEXT',
       '{}', r.amount, 0, r.currency, cast(r.created_at as date), r.delivery, r.attempts, r.last_error, r.claimed_at,
       r.created_at, r.sent_at,
       case when exists (select 1 from order_payment_reminder earlier
                          where earlier.message_id = r.message_id and earlier.id < r.id)
            then replace(r.message_id, '@ardesk>', '-' || cast(r.id as varchar(20)) || '@ardesk>')
            else r.message_id end
  from order_payment_reminder r
 order by r.id;

drop table order_payment_reminder;
