-- Findings of credentials belong to a project (issue #21 made the server hold many): the same path in two projects is
-- two files. Sightings made before projects keep the empty project name.
alter table ledger_secret_sighting add column project text collate "C" not null default '';
alter table ledger_secret_sighting drop constraint ledger_secret_sighting_pkey, add primary key (project, file, fingerprint);
