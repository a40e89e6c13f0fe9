package org.sessionledger.web.account;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sessionledger.domain.error.UnavailableException;
import org.sessionledger.web.project.Role;

/**
 * The users and their project memberships in PostgreSQL. Every request with credentials looks its user up, so users are
 * kept in memory for a few seconds: a change made through this server is seen at once, one made by another replica
 * within {@link #FRESH_NANOS}.
 */
@ApplicationScoped
public class UserStore {

    private static final long FRESH_NANOS = 5_000_000_000L;
    private static final String COLUMNS =
            "name, display_name, email, password_hash, enabled, admin, must_change_password, source";

    private record Cached(Optional<Account> account, long at) {}

    private final AgroalDataSource db;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    UserStore(AgroalDataSource db) {
        this.db = db;
    }

    /** The user of this name, if there is one (enabled or not). */
    public Optional<Account> find(String name) {
        long now = System.nanoTime();
        Cached c = cache.get(name);
        if (c != null && now - c.at() < FRESH_NANOS) {
            return c.account();
        }
        Optional<Account> account = query("select " + COLUMNS + " from ledger_user where name = ?", name).stream()
                .findFirst();
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(name, new Cached(account, now));
        return account;
    }

    /** Every user, by name. */
    public List<Account> all() {
        return query("select " + COLUMNS + " from ledger_user order by name");
    }

    /** Users who are not the demo workspace's accounts. */
    public long countReal() {
        return query("select " + COLUMNS + " from ledger_user where source <> 'demo'")
                .size();
    }

    public void create(Account a) {
        update(
                "insert into ledger_user (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                a.name(),
                a.displayName(),
                a.email(),
                a.passwordHash().orElse(null),
                a.enabled(),
                a.admin(),
                a.mustChangePassword(),
                a.source());
        a.memberships().forEach((project, role) -> setRole(a.name(), project, role, "app"));
        forget(a.name());
    }

    public void setPassword(String name, String hash, boolean mustChange) {
        update(
                "update ledger_user set password_hash = ?, must_change_password = ? where name = ?",
                hash,
                mustChange,
                name);
        forget(name);
    }

    public void setEnabled(String name, boolean enabled) {
        update("update ledger_user set enabled = ? where name = ?", enabled, name);
        forget(name);
    }

    public void setAdmin(String name, boolean admin) {
        update("update ledger_user set admin = ? where name = ?", admin, name);
        forget(name);
    }

    public void setProfile(String name, String displayName, String email) {
        update("update ledger_user set display_name = ?, email = ? where name = ?", displayName, email, name);
        forget(name);
    }

    /** Gives a user a role in a project (replacing the one they had). */
    public void setRole(String name, String project, Role role, String source) {
        update(
                "insert into ledger_membership (user_name, project, role, source) values (?, ?, ?, ?)"
                        + " on conflict (user_name, project) do update set role = excluded.role, source = excluded.source",
                name,
                project,
                role.word(),
                source);
        forget(name);
    }

    public void removeRole(String name, String project) {
        update("delete from ledger_membership where user_name = ? and project = ?", name, project);
        forget(name);
    }

    /** Removes the memberships a groups claim gave that the latest token no longer gives. */
    public void removeGroupRoles(String name) {
        update("delete from ledger_membership where user_name = ? and source = 'groups'", name);
        forget(name);
    }

    /** Deletes the demo workspace's accounts (a start that shows another workspace). */
    public int deleteDemoAccounts() {
        int n = update("delete from ledger_user where source = 'demo'");
        cache.clear();
        return n;
    }

    /** The enabled members of a project with at least this role, by name. */
    public List<Account> members(String project, Role atLeast) {
        return all().stream()
                .filter(Account::enabled)
                .filter(a -> a.admin()
                        || (a.memberships().containsKey(project)
                                && a.memberships().get(project).includes(atLeast)))
                .toList();
    }

    private void forget(String name) {
        cache.remove(name);
    }

    private List<Account> query(String sql, Object... params) {
        try (Connection c = db.getConnection();
                PreparedStatement s = prepare(c, sql, params);
                ResultSet rows = s.executeQuery()) {
            List<Account> accounts = new ArrayList<>();
            while (rows.next()) {
                accounts.add(account(rows));
            }
            Map<String, Map<String, Role>> roles =
                    memberships(c, accounts.size() == 1 ? accounts.get(0).name() : null);
            return accounts.stream()
                    .map(a -> new Account(
                            a.name(),
                            a.displayName(),
                            a.email(),
                            a.passwordHash(),
                            a.enabled(),
                            a.admin(),
                            a.mustChangePassword(),
                            a.source(),
                            roles.getOrDefault(a.name(), Map.of())))
                    .toList();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static Map<String, Map<String, Role>> memberships(Connection c, String only) throws SQLException {
        String sql =
                "select user_name, project, role from ledger_membership" + (only == null ? "" : " where user_name = ?");
        Map<String, Map<String, Role>> roles = new HashMap<>();
        try (PreparedStatement s = only == null ? prepare(c, sql) : prepare(c, sql, only);
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                Optional<Role> role = Role.of(rows.getString(3));
                if (role.isPresent()) {
                    roles.computeIfAbsent(rows.getString(1), k -> new HashMap<>())
                            .put(rows.getString(2), role.get());
                }
            }
        }
        return roles;
    }

    private static Account account(ResultSet r) throws SQLException {
        return new Account(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                Optional.ofNullable(r.getString(4)),
                r.getBoolean(5),
                r.getBoolean(6),
                r.getBoolean(7),
                r.getString(8),
                Map.of());
    }

    private int update(String sql, Object... params) {
        try (Connection c = db.getConnection();
                PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    static UnavailableException unavailable(SQLException e) {
        return new UnavailableException(
                "The user database cannot be reached (" + e.getSQLState() + "); try again shortly.");
    }
}
