package org.sessionledger.web.project;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sessionledger.web.config.FsConfig;

/**
 * The projects as access control sees them: which project a request addresses ({@code /p/<name>/…},
 * {@code /api/projects/<name>/…}, else the default project) and whether anonymous visitors may read it. Memberships,
 * tokens and the read record are keyed by project name; the projects themselves are the {@link ProjectRegistry}'s.
 */
@ApplicationScoped
public class Projects {

    private final AgroalDataSource db;
    private final ProjectRegistry registry;
    private final ProjectConfig config;
    private final boolean demo;
    private final ProjectsConfig more;
    private final Map<String, Boolean> publicRead = new ConcurrentHashMap<>();

    Projects(AgroalDataSource db, ProjectRegistry registry, ProjectConfig config, FsConfig fs, ProjectsConfig more) {
        this.db = db;
        this.registry = registry;
        this.config = config;
        this.demo = fs.root().isEmpty() && more.entries().isEmpty();
        this.more = more;
    }

    /** Runs before the accounts are prepared (which give the demo's users their memberships). */
    void onStart(@Observes @Priority(10) StartupEvent event) throws SQLException {
        for (ProjectRegistry.Entry entry : registry.all()) {
            String name = entry.spec().name();
            boolean primary = name.equals(registry.primaryName());
            java.util.Optional<Boolean> configured = primary
                    ? config.publicRead()
                    : java.util.Optional.ofNullable(more.entries().get(name)).flatMap(ProjectsConfig.Entry::publicRead);
            publicRead.put(name, load(name, configured.orElse(primary && demo)));
            if (configured.isPresent() && configured.get() != publicRead.get(name)) {
                setPublicRead(name, configured.get());
            }
            Log.infof("Project '%s'%s", name, isPublic(name) ? " (public: anonymous visitors may read it)" : "");
        }
    }

    private boolean load(String name, boolean initial) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into ledger_project (name, public_read) values (?, ?) on conflict (name) do nothing");
                PreparedStatement read = c.prepareStatement("select public_read from ledger_project where name = ?")) {
            insert.setString(1, name);
            insert.setBoolean(2, initial);
            insert.executeUpdate();
            read.setString(1, name);
            try (var rows = read.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    /** The project of this request: the one its path names, else the default project. */
    public String current() {
        return ProjectScope.requested().orElseGet(registry::primaryName);
    }

    /** The names of every project the server holds, the default project first. */
    public java.util.List<String> names() {
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(registry.primaryName());
        registry.all().stream()
                .map(e -> e.spec().name())
                .filter(n -> !n.equals(registry.primaryName()))
                .forEach(names::add);
        return names;
    }

    /** Whether this server shows the demo workspace only (its project may have demo accounts). */
    public boolean demo() {
        return demo;
    }

    public boolean isPublic(String project) {
        return publicRead.getOrDefault(project, false) && exists(project);
    }

    public boolean exists(String project) {
        return registry.get(project).isPresent();
    }

    /** Opens the current project to anonymous readers, or closes it. */
    public void setPublicRead(boolean value) {
        setPublicRead(current(), value);
    }

    public void setPublicRead(String name, boolean value) {
        try (Connection c = db.getConnection();
                PreparedStatement update =
                        c.prepareStatement("insert into ledger_project (name, public_read) values (?, ?)"
                                + " on conflict (name) do update set public_read = excluded.public_read")) {
            update.setString(1, name);
            update.setBoolean(2, value);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the project's settings: " + e.getMessage(), e);
        }
        publicRead.put(name, value);
        Log.infof("Project '%s' is now %s", name, value ? "public" : "readable by its members only");
    }
}
