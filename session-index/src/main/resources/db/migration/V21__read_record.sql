-- The record of who read what: append-only. On the embedded server the schema, the table and the expiry function
-- belong to the role ledger_records (created by the app's start as the superuser, before this migration runs), and
-- the app's role may only insert and select; this script then finds them in place and does nothing. On an external
-- server where nobody prepared them, they are created here, owned by the app's role (the start warns that the record
-- is then not append-only; deploy/README.md has the statements that hand it to another owner).
do $$
begin
    if not exists (select 1 from information_schema.tables
                   where table_schema = 'ledger_records' and table_name = 'reads') then
        create schema if not exists ledger_records;
        create table ledger_records.reads (
            id      bigserial   primary key,
            at      timestamptz not null,
            actor   text        not null,
            project text        not null,
            kind    varchar(16) not null,
            target  text        not null,
            detail  text        not null default '',
            address text        not null default '',
            outcome varchar(8)  not null check (outcome in ('read', 'denied'))
        );
        create index reads_at on ledger_records.reads (at);
        create index reads_actor on ledger_records.reads (actor, at);
        create index reads_target on ledger_records.reads (target, at);
        -- the only way rows go: those older than the retention (at least a day), through this function
        create function ledger_records.expire(keep_days integer) returns bigint
            language sql security definer set search_path = ledger_records, pg_temp
            as 'with gone as (delete from ledger_records.reads
                              where at < now() - make_interval(days => greatest(keep_days, 1)) returning 1)
                select count(*) from gone';
    end if;
end
$$;
