-- Task ids and link ends come from what files say and have no length limit; a btree index refuses a row over about
-- 2.7 KB, which failed a whole sync on one file with an immense task id. Hash indexes take any length and serve the
-- equality lookups these columns get.
drop index ledger_task_task_id;
create index ledger_task_task_id on ledger_task using hash (task_id);
drop index ledger_link_from;
create index ledger_link_from on ledger_link using hash (from_key);
drop index ledger_link_to;
create index ledger_link_to on ledger_link using hash (to_key);
