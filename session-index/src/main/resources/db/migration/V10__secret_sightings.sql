-- When each masked credential was first and last seen in the files: the only record of findings that are gone
-- (the diagnostics mirror holds the current ones). A fingerprint is 12 hex digits of the value's SHA-256, never the value.
create table ledger_secret_sighting (
    file        text        not null collate "C",
    fingerprint varchar(12) not null,
    kind        varchar(64) not null,
    line        integer     not null,
    first_seen  timestamptz not null,
    last_seen   timestamptz not null,
    primary key (file, fingerprint)
);
