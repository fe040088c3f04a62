-- A letter the mail server did not take is tried again on a schedule (ardesk.letters.retry-delays,
-- 1, 2, 5, 15 minutes, then hourly) until ardesk.letters.give-up-after (a day) from its first failed
-- attempt: next_attempt_at is when it may be tried again, first_failed_at when the first attempt failed.
-- Only then, or when the server refused the address for good (SMTP 5xx), is it FAILED.
alter table outgoing_letter add column next_attempt_at timestamp;
alter table outgoing_letter add column first_failed_at timestamp;
