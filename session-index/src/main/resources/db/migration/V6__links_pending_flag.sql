-- 1 while units were written whose links are not stored yet (links follow live changes in the background): a start
-- that finds it set resolves the links again, so a shutdown or crash in between never leaves them stale.
insert into ledger_meta (name, value) values ('links_pending', 0);
