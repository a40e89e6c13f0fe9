-- Every write Session Ledger makes to the files: who, what, when, which file, and the file's hash before and after.
-- Unlike the mirror tables this one is not rebuilt from the files; a rebuild leaves it alone.
create table ledger_audit (
    id          bigserial   primary key,
    at          timestamptz not null,
    actor       text        not null,
    action      varchar(32) not null,
    session_id  text        not null,
    file        text        not null,
    before_hash varchar(64) not null,
    after_hash  varchar(64) not null,
    detail      text        not null
);
create index ledger_audit_at on ledger_audit (at);
create index ledger_audit_session on ledger_audit (session_id, at);
