package org.sessionledger.web.reads;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sessionledger.fs.secret.SecretScanner;
import org.sessionledger.web.project.Projects;

/**
 * Writes the read record without holding up the reads: a request only queues its row; a thread of its own writes what
 * has queued, in one batched insert, every {@code sessions.reads.flush-interval} (and at shutdown). If the database is
 * away the rows wait in the queue (up to {@value #CAPACITY}; past that they are counted and logged as lost).
 */
@ApplicationScoped
public class ReadRecorder {

    private static final int CAPACITY = 100_000;
    private static final int BATCH = 1000;
    /** The request attribute that adds to a row's detail (a search's hit count). */
    public static final String DETAIL = ReadRecorder.class.getName() + ".detail";

    private final AgroalDataSource db;
    private final ReadConfig config;
    private final Projects projects;
    private final CurrentVertxRequest current;
    private final LinkedBlockingQueue<ReadEvent> queue = new LinkedBlockingQueue<>(CAPACITY);
    private volatile boolean stopping;
    private volatile Thread writer;
    private final java.util.concurrent.atomic.AtomicLong queued = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
    private long lost;
    private long lastExpiry;

    ReadRecorder(AgroalDataSource db, ReadConfig config, Projects projects, CurrentVertxRequest current) {
        this.db = db;
        this.config = config;
        this.projects = projects;
        this.current = current;
    }

    void onStart(@Observes StartupEvent event) {
        warnIfChangeable();
        if (config.enabled()) {
            writer = Thread.ofPlatform().daemon().name("read-record").start(this::run);
        } else {
            Log.warn(
                    "The read record is off (sessions.reads.enabled=false): reads of session content are not recorded");
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        Thread t = writer;
        if (t != null) {
            t.interrupt();
            t.join(5000);
        }
    }

    /** Says so when the app's own role could change or delete the record (an external database nobody prepared). */
    private void warnIfChangeable() {
        try (Connection c = db.getConnection();
                var s = c.createStatement();
                var r = s.executeQuery("select has_table_privilege(current_user, 'ledger_records.reads', 'UPDATE')"
                        + " or has_table_privilege(current_user, 'ledger_records.reads', 'DELETE')"
                        + " or exists (select 1 from pg_tables where schemaname = 'ledger_records'"
                        + " and tablename = 'reads' and tableowner = current_user)")) {
            if (r.next() && r.getBoolean(1)) {
                Log.warn("SECURITY: the record of who read what (ledger_records.reads) is not append-only: the app's"
                        + " database role owns it or may change it. Hand it to another owner (deploy/README.md).");
            }
        } catch (SQLException e) {
            Log.warnf("Could not check the read record's privileges: %s", e.getMessage());
        }
    }

    /** Records an answered read of a {@link Recorded} route. */
    public void read(Method method, ContainerRequestContext request, SecurityIdentity identity) {
        enqueue(method, request, identity, "read");
    }

    /** Records a refused read of a {@link Recorded} route (nothing for other routes). */
    public void denied(Method method, ContainerRequestContext request, SecurityIdentity identity) {
        enqueue(method, request, identity, "denied");
    }

    private void enqueue(Method method, ContainerRequestContext request, SecurityIdentity identity, String outcome) {
        Recorded recorded = method.getAnnotation(Recorded.class);
        if (recorded == null || !config.enabled()) {
            return;
        }
        RoutingContext ctx = current.getCurrent();
        var params = request.getUriInfo().getPathParameters();
        String target = first(params.getFirst("id"), params.getFirst("path"), params.getFirst("key"));
        String kind = recorded.value();
        var query = request.getUriInfo().getQueryParameters();
        if (kind.equals("file") && "true".equals(query.getFirst("download"))) {
            kind = "download";
        } else if (kind.equals("file") && "true".equals(query.getFirst("raw"))) {
            kind = "raw";
        } else if (kind.equals("export")) {
            target = (target.isEmpty() ? "audit" : target) + "." + params.getFirst("format");
        }
        String detail = kind.equals("search") ? "q=" + first(query.getFirst("q"), "") : "";
        Object extra = ctx == null ? null : ctx.get(DETAIL);
        if (extra != null) {
            detail = detail.isEmpty() ? extra.toString() : detail + " " + extra;
        }
        String actor = identity == null || identity.isAnonymous()
                ? "anonymous"
                : identity.getPrincipal().getName();
        String address = ctx == null || ctx.request().remoteAddress() == null
                ? ""
                : ctx.request().remoteAddress().hostAddress();
        ReadEvent e = new ReadEvent(
                0, Instant.now(), clip(actor), projects.current(), kind, clip(target), clip(detail), address, outcome);
        if (queue.offer(e)) {
            queued.incrementAndGet();
        } else {
            synchronized (this) {
                lost++;
            }
        }
    }

    /** Waits until every row queued so far is written (for tests and the records page). */
    public void flush() {
        long target = queued.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (written.get() < target && System.nanoTime() < deadline && writer != null) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run() {
        List<ReadEvent> batch = new ArrayList<>(BATCH);
        while (true) {
            try {
                ReadEvent first = queue.poll(config.flushInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    Thread.sleep(config.flushInterval().toMillis());
                }
                synchronized (this) {
                    if (first != null) {
                        batch.add(first);
                    }
                    queue.drainTo(batch, BATCH - batch.size());
                    if (!batch.isEmpty() && write(batch)) {
                        batch.clear();
                    }
                    expireDaily();
                }
            } catch (InterruptedException e) {
                if (stopping) {
                    synchronized (this) {
                        queue.drainTo(batch);
                        write(batch);
                    }
                    return;
                }
            }
        }
    }

    private boolean write(List<ReadEvent> batch) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "insert into ledger_records.reads"
                                + " (at, actor, project, kind, target, detail, address, outcome) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ReadEvent e : batch) {
                s.setTimestamp(1, Timestamp.from(e.at()));
                s.setString(2, e.actor());
                s.setString(3, e.project());
                s.setString(4, e.kind());
                s.setString(5, e.target());
                s.setString(6, e.detail());
                s.setString(7, e.address());
                s.setString(8, e.outcome());
                s.addBatch();
            }
            s.executeBatch();
            written.addAndGet(batch.size());
            if (lost > 0) {
                Log.errorf("The read record lost %d rows while its queue was full", lost);
                lost = 0;
            }
            return true;
        } catch (SQLException e) {
            Log.warnf("Could not write %d rows of the read record yet: %s", batch.size(), e.getMessage());
            return false;
        }
    }

    private void expireDaily() {
        long now = System.currentTimeMillis();
        if (now - lastExpiry < TimeUnit.DAYS.toMillis(1)) {
            return;
        }
        lastExpiry = now;
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select ledger_records.expire(?)")) {
            s.setInt(1, (int) Math.max(1, config.retention().toDays()));
            try (var r = s.executeQuery()) {
                if (r.next() && r.getLong(1) > 0) {
                    Log.infof("The read record dropped %d rows older than %s", r.getLong(1), config.retention());
                }
            }
        } catch (SQLException e) {
            Log.warnf("Could not expire old rows of the read record: %s", e.getMessage());
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    /**
     * What is kept of a target or detail: credentials masked (a search may be for one, even %-escaped once more), at
     * most 2,000 characters.
     */
    private static String clip(String s) {
        String masked = SecretScanner.mask(s).text();
        String decoded = decoded(s);
        if (!decoded.equals(s)) {
            SecretScanner.Masked again = SecretScanner.mask(decoded);
            if (!again.findings().isEmpty()) {
                masked = again.text();
            }
        }
        // PostgreSQL text holds no NUL: one in a search would fail the batch it is written with, and every batch after
        masked = masked.replace('\0', '\u2400');
        return masked.length() > 2000 ? masked.substring(0, 2000) : masked;
    }

    private static String decoded(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
