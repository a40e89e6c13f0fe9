-- Checklist boxes marked as in progress ([~]): counted in the total, not as done. Null in rows written before.
alter table ledger_task add column checklist_partial int;
