-- The mirror of the workspace files. Everything here can be dropped and rebuilt from disk.
-- Ids are derived from paths (name-based UUIDs), so a rebuild produces the same ids.

create table ledger_session (
    id                varchar(36) primary key,
    unit              text        not null unique,
    session_id        text        not null,
    directory         text        not null,
    declared_id       text,
    title             text        not null,
    status            varchar(16) not null,
    status_text       text        not null,
    start_text        text        not null,
    start_at          timestamptz,
    end_text          text        not null,
    end_at            timestamptz,
    coordinator       text        not null,
    related_tasks     text[]      not null,
    related_artifacts text[]      not null,
    tags              text[]      not null,
    extra_keys        text[]      not null,
    extra_values      text[]      not null
);
create index ledger_session_status on ledger_session (status);
create index ledger_session_start on ledger_session (start_at);

create table ledger_entry (
    id        varchar(36) primary key,
    unit      text        not null,
    seq       integer     not null,
    line      integer     not null,
    at_text   text        not null,
    at        timestamptz,
    actor     text        not null,
    kind      varchar(24) not null,
    text      text        not null,
    mentions  text[]      not null
);
create index ledger_entry_unit on ledger_entry (unit, seq);
create index ledger_entry_at on ledger_entry (at);

create table ledger_artifact (
    id        varchar(36) primary key,
    unit      text        not null,
    path      text        not null,
    category  varchar(24) not null,
    title     text        not null,
    size      bigint      not null,
    scaffold  boolean     not null
);
create index ledger_artifact_unit on ledger_artifact (unit);

create table ledger_task (
    id               varchar(36) primary key,
    unit             text        not null unique,
    task_id          text        not null,
    path             text        not null,
    shape            varchar(16) not null,
    title            text        not null,
    status           varchar(16) not null,
    status_text      text        not null,
    type             text        not null,
    priority         text        not null,
    assignee         text        not null,
    coordinator      text        not null,
    parent           text,
    depends_on       text[]      not null,
    input_artifacts  text[]      not null,
    output_artifacts text[]      not null,
    related_docs     text[]      not null,
    tags             text[]      not null,
    session_ref      text,
    created_text     text        not null,
    created_at       timestamptz,
    updated_text     text        not null,
    updated_at       timestamptz,
    checklist_done   integer     not null,
    checklist_total  integer     not null
);
create index ledger_task_task_id on ledger_task (task_id);

create table ledger_link (
    id        varchar(36) primary key,
    type      varchar(24) not null,
    from_kind varchar(16) not null,
    from_key  text        not null,
    to_kind   varchar(16) not null,
    to_key    text        not null,
    resolved  boolean     not null
);
create index ledger_link_from on ledger_link (from_kind, from_key);
create index ledger_link_to on ledger_link (to_kind, to_key);

create table ledger_diagnostic (
    id        varchar(36) primary key,
    unit      text        not null,
    file      text        not null,
    line      integer     not null,
    severity  varchar(8)  not null,
    kind      varchar(32) not null,
    message   text        not null
);
create index ledger_diagnostic_unit on ledger_diagnostic (unit);
create index ledger_diagnostic_file on ledger_diagnostic (file);

-- What was indexed: a file whose size and modification time are unchanged is not read again.
create table ledger_file_state (
    path         text        primary key,
    unit         text        not null,
    size         bigint      not null,
    modified_ms  bigint      not null,
    content_hash varchar(64) not null
);
create index ledger_file_state_unit on ledger_file_state (unit);
