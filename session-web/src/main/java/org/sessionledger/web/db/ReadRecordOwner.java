package org.sessionledger.web.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Makes the record of who read what append-only on the embedded server: as the superuser, before the app's migrations
 * run, the schema {@code ledger_records} with its table and expiry function are created (by the migration's own
 * script) and handed to the role {@value #OWNER}, which cannot log in. The app's role may insert and select rows and
 * call the expiry function, nothing else: no update, delete, truncate or drop. Runs at every start, so a record that an
 * older start left owned by the app's role is handed over too.
 */
final class ReadRecordOwner {

    static final String OWNER = "ledger_records";
    private static final String SCRIPT = "/db/migration/V21__read_record.sql";

    private ReadRecordOwner() {}

    static void prepare(int port, String superuserPassword) throws SQLException, IOException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"localhost"});
        source.setPortNumbers(new int[] {port});
        source.setDatabaseName(ServerAccess.DATABASE);
        source.setUser(ServerAccess.SUPERUSER);
        source.setPassword(superuserPassword);
        try (Connection c = source.getConnection();
                Statement s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + OWNER + "') then"
                    + " create role " + OWNER + " nologin nosuperuser nocreatedb nocreaterole noinherit; end if;"
                    + " end $$");
            s.execute(script());
            String role = ServerAccess.ROLE;
            s.execute("alter schema ledger_records owner to " + OWNER);
            s.execute("alter table ledger_records.reads owner to " + OWNER);
            s.execute("alter function ledger_records.expire(integer) owner to " + OWNER);
            s.execute("revoke all on schema ledger_records from public, " + role);
            s.execute("grant usage on schema ledger_records to " + role);
            s.execute("revoke all on ledger_records.reads from public, " + role);
            s.execute("grant select, insert on ledger_records.reads to " + role);
            s.execute("revoke all on sequence ledger_records.reads_id_seq from public, " + role);
            s.execute("grant usage on sequence ledger_records.reads_id_seq to " + role);
            s.execute("revoke all on function ledger_records.expire(integer) from public, " + role);
            s.execute("grant execute on function ledger_records.expire(integer) to " + role);
        }
    }

    private static String script() throws IOException {
        try (InputStream in = ReadRecordOwner.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException(SCRIPT + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
