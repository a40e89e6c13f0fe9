package org.sessionledger.web.project;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.web.config.FsConfig;

/**
 * The projects this server shows. Today the one workspace is the one project, named by {@code sessions.project.name}
 * ({@code demo} for the demo workspace, else the workspace folder's name); memberships, tokens and the read record are
 * keyed by project name so that more projects can follow.
 */
@ApplicationScoped
public class Projects {

    private final AgroalDataSource db;
    private final String name;
    private final boolean demo;
    private final ProjectConfig config;
    private volatile boolean publicRead;

    Projects(AgroalDataSource db, ProjectConfig config, FsConfig fs, FsSettings settings) {
        this.db = db;
        this.config = config;
        this.demo = fs.root().isEmpty();
        this.name = config.name().map(Projects::normalise).orElseGet(() -> demo ? "demo" : derived(settings.root()));
    }

    /** Runs before the accounts are prepared (which give the demo's users their memberships). */
    void onStart(@Observes @Priority(10) StartupEvent event) throws SQLException {
        boolean initial = config.publicRead().orElse(demo);
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into ledger_project (name, public_read) values (?, ?) on conflict (name) do nothing");
                PreparedStatement read = c.prepareStatement("select public_read from ledger_project where name = ?")) {
            insert.setString(1, name);
            insert.setBoolean(2, initial);
            insert.executeUpdate();
            read.setString(1, name);
            try (var rows = read.executeQuery()) {
                publicRead = rows.next() && rows.getBoolean(1);
            }
        }
        if (config.publicRead().isPresent() && config.publicRead().get() != publicRead) {
            setPublicRead(config.publicRead().get());
        }
        Log.infof("Project '%s'%s", name, publicRead ? " (public: anonymous visitors may read it)" : "");
    }

    /** The project of this workspace. */
    public String current() {
        return name;
    }

    /** Whether this server shows the demo workspace (its project may have demo accounts). */
    public boolean demo() {
        return demo;
    }

    public boolean isPublic(String project) {
        return project.equals(name) && publicRead;
    }

    public boolean exists(String project) {
        return project.equals(name);
    }

    public void setPublicRead(boolean value) {
        try (Connection c = db.getConnection();
                PreparedStatement update =
                        c.prepareStatement("update ledger_project set public_read = ? where name = ?")) {
            update.setBoolean(1, value);
            update.setString(2, name);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the project's settings: " + e.getMessage(), e);
        }
        publicRead = value;
        Log.infof("Project '%s' is now %s", name, value ? "public" : "readable by its members only");
    }

    /** A project name: lower case letters, digits, {@code . _ -}. */
    static String normalise(String raw) {
        String n = raw.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[-.]+|-+$", "");
        return n.isEmpty() ? "workspace" : n.length() > 64 ? n.substring(0, 64) : n;
    }

    static String derived(Path root) {
        Path fileName = root.toAbsolutePath().normalize().getFileName();
        return normalise(fileName == null ? "workspace" : fileName.toString());
    }
}
