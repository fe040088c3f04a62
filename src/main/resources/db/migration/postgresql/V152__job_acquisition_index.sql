-- The job executor's acquisition (every node, every second or so when idle): due jobs with retries
-- left, not suspended, not locked. Without an index on the due date it read the whole ACT_RU_JOB,
-- where every running case keeps its future look-again timer (5.5 ms at 5,000 cases, 0.09 ms with
-- this index: a bitmap scan of "due date null or passed"). Partial: only the acquirable rows.
create index ix_act_ru_job_acquisition on ACT_RU_JOB (DUEDATE_) where RETRIES_ > 0 and SUSPENSION_STATE_ = 1;
