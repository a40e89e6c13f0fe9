-- The line of the file that holds the first line of an entry's text (an entry written as a heading or a record block
-- starts its text lines below its first line): search hits point at the line of the matching text. Null in rows
-- written before: the entry's own line.
alter table ledger_entry add column text_line int;
