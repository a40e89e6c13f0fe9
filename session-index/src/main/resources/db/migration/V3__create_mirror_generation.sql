-- A counter every write to the mirror tables increases. A state snapshot taken at generation N is valid only while
-- the counter still reads N, so a start never trusts a snapshot older than what the database holds.
create table ledger_meta (
    name  text   primary key,
    value bigint not null
);
insert into ledger_meta (name, value) values ('generation', 0);
