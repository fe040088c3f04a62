-- The job executor's acquisition: due jobs with retries left, not suspended, not locked; the due date
-- picks the few due jobs among every case's future look-again timer (H2 has no partial index).
create index ix_act_ru_job_acquisition on ACT_RU_JOB (DUEDATE_);
