-- Ids, unit keys and paths are compared as bytes: they are never shown in a language's order, byte comparison is the
-- cheapest for index builds and bulk loads, and with it a "unit like 'prefix%'" query can use the btree indexes.
alter table ledger_session alter column id type varchar(36) collate "C", alter column unit type text collate "C";
alter table ledger_entry alter column id type varchar(36) collate "C", alter column unit type text collate "C";
alter table ledger_artifact alter column id type varchar(36) collate "C", alter column unit type text collate "C";
alter table ledger_task
    alter column id type varchar(36) collate "C",
    alter column unit type text collate "C",
    alter column task_id type text collate "C";
alter table ledger_link
    alter column id type varchar(36) collate "C",
    alter column from_key type text collate "C",
    alter column to_key type text collate "C";
alter table ledger_diagnostic
    alter column id type varchar(36) collate "C",
    alter column unit type text collate "C",
    alter column file type text collate "C";
alter table ledger_file_state alter column path type text collate "C", alter column unit type text collate "C";
