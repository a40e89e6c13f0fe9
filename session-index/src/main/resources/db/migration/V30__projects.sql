-- Projects (issue #21): the server holds many workspaces. Every mirror row belongs to a project, named by its slug;
-- the mirror is rebuilt from the files anyway, so the rows of the single workspace before are dropped and the next
-- start reads the files again.
truncate ledger_session, ledger_entry, ledger_artifact, ledger_task, ledger_link, ledger_diagnostic, ledger_file_state;

alter table ledger_session add column project text collate "C" not null;
alter table ledger_entry add column project text collate "C" not null;
alter table ledger_artifact add column project text collate "C" not null;
alter table ledger_task add column project text collate "C" not null;
alter table ledger_link add column project text collate "C" not null;
alter table ledger_diagnostic add column project text collate "C" not null;
alter table ledger_file_state add column project text collate "C" not null;

-- Ids are name-based UUIDs of paths: the same path in two projects has the same id.
alter table ledger_session drop constraint ledger_session_pkey, add primary key (project, id);
alter table ledger_session drop constraint ledger_session_unit_key, add unique (project, unit);
alter table ledger_entry drop constraint ledger_entry_pkey, add primary key (project, id);
alter table ledger_artifact drop constraint ledger_artifact_pkey, add primary key (project, id);
alter table ledger_task drop constraint ledger_task_pkey, add primary key (project, id);
alter table ledger_task drop constraint ledger_task_unit_key, add unique (project, unit);
alter table ledger_link drop constraint ledger_link_pkey, add primary key (project, id);
alter table ledger_diagnostic drop constraint ledger_diagnostic_pkey, add primary key (project, id);
alter table ledger_file_state drop constraint ledger_file_state_pkey, add primary key (project, path);

drop index ledger_entry_unit;
create index ledger_entry_unit on ledger_entry (project, unit, seq);
drop index ledger_artifact_unit;
create index ledger_artifact_unit on ledger_artifact (project, unit);
drop index ledger_diagnostic_unit;
create index ledger_diagnostic_unit on ledger_diagnostic (project, unit);
drop index ledger_file_state_unit;
create index ledger_file_state_unit on ledger_file_state (project, unit);

-- The write counter and the links-pending flag, per project. A project's first row starts above every counter the
-- table held, so that no state snapshot saved before can match it.
alter table ledger_meta add column project text collate "C" not null default '';
alter table ledger_meta drop constraint ledger_meta_pkey, add primary key (project, name);

-- Which project a write was made in (empty for writes made before projects).
alter table ledger_audit add column project text collate "C" not null default '';
create index ledger_audit_project on ledger_audit (project, at);

-- Projects that admins added in the UI or the API (those of application.properties are not stored): the rows of
-- ledger_project (V20, which holds every project's name and public_read) that have a kind. Credentials and the webhook
-- secret are encrypted (AES-GCM) with the server's key, which is kept outside the database.
alter table ledger_project
    add column title             text,
    add column kind              varchar(8),
    add column path              text,
    add column git_url           text,
    add column branch            text,
    add column depth             integer,
    add column fetch_interval_ms bigint,
    add column read_only         boolean not null default false,
    add column credentials       text,
    add column hook_secret       text,
    add column created_at        timestamptz,
    add column updated_at        timestamptz;

-- The last commit that changed each session log, artifact and task file of a git project (a mirror of the clone's
-- history: rebuilt with the project). boundary: the clone is shallow and ends at this commit, so the file was changed
-- there or before.
create table ledger_provenance (
    project      text        collate "C" not null,
    path         text        collate "C" not null,
    commit_id    varchar(64) not null,
    author_name  text        not null,
    author_email text        not null,
    at           timestamptz not null,
    message      text        not null,
    boundary     boolean     not null,
    primary key (project, path)
);
