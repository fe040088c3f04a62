-- Step 11 logs the departments chosen as its outcome: all five ("quality,logistics,warehouse,after-sales,finance")
-- did not fit into 40 characters.
alter table complaint_step alter column outcome set data type varchar(200);
