-- Identity and access (issue #22). Like ledger_audit these tables are not rebuilt from the files.
-- Users: built-in accounts (bcrypt hashes), single sign-on users (no password) and the demo workspace's accounts.
create table ledger_user (
    name                 text        collate "C" primary key,
    display_name         text        not null default '',
    email                text        not null default '',
    password_hash        text,
    enabled              boolean     not null default true,
    admin                boolean     not null default false,
    must_change_password boolean     not null default false,
    source               varchar(8)  not null default 'local' check (source in ('local', 'oidc', 'demo')),
    created_at           timestamptz not null default now()
);

-- Projects by name; today the one workspace is the one project. Anonymous reading only where public_read is set.
create table ledger_project (
    name        text    collate "C" primary key,
    public_read boolean not null default false
);

-- A user's role in a project: viewer (read), editor (write), maintainer (settings, members). A membership may name a
-- project this server does not show (yet): it grants nothing there.
create table ledger_membership (
    user_name text        collate "C" not null references ledger_user (name) on delete cascade,
    project   text        collate "C" not null,
    role      varchar(12) not null check (role in ('viewer', 'editor', 'maintainer')),
    source    varchar(8)  not null default 'app' check (source in ('app', 'groups')),
    primary key (user_name, project)
);
create index ledger_membership_project on ledger_membership (project);

-- Personal access tokens: only a SHA-256 of the value is kept.
create table ledger_token (
    id           bigserial   primary key,
    user_name    text        collate "C" not null references ledger_user (name) on delete cascade,
    name         text        not null,
    hash         varchar(64) not null unique,
    scope        varchar(8)  not null check (scope in ('read', 'write')),
    projects     text        not null default '',
    created_at   timestamptz not null,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index ledger_token_user on ledger_token (user_name);

-- In-app notifications (a session handed off to the user).
create table ledger_notification (
    id         bigserial   primary key,
    user_name  text        collate "C" not null,
    at         timestamptz not null,
    project    text        not null,
    session_id text        not null,
    from_user  text        not null,
    text       text        not null,
    read_at    timestamptz
);
create index ledger_notification_user on ledger_notification (user_name, at);
