package org.sessionledger.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.web.account.Account;
import org.sessionledger.web.account.Passwords;
import org.sessionledger.web.account.UserStore;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.project.Role;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;

/**
 * Every route × anonymous / viewer of the project / editor / maintainer / member of another project only / admin,
 * against the expected rule of {@link RouteTable}: a route without a rule, or with another rule than the table's, fails
 * the build, and so does any answer that lets in someone the rule keeps out (or keeps out someone it lets in).
 */
@QuarkusTest
@TestProfile(ClosedProjectProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class RoleMatrixTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The users of the matrix and their passwords (null: anonymous). */
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("anonymous", null);
        USERS.put("viewer", "viewer");
        USERS.put("editor", "editor");
        USERS.put("maint", "maintainer-password");
        USERS.put("bee", "member-of-b-only");
        USERS.put("admin", "admin");
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    UserStore users;

    @Inject
    Passwords passwords;

    @Inject
    Projects projects;

    @BeforeEach
    void usersOfTheMatrix() {
        Ready.awaitIndexed();
        make("maint", Map.of(projects.current(), Role.MAINTAINER));
        make("bee", Map.of("another-project", Role.EDITOR));
    }

    @Test
    void everyRouteHasTheRuleOfTheTable() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Routes.Route> found = Routes.all();
        for (Routes.Route r : found) {
            RouteTable.Call call = RouteTable.ROUTES.get(r.key());
            if (r.rule() == null) {
                problems.add(r.key() + " (" + r.where() + ") has no @Access rule");
            } else if (call == null) {
                problems.add(r.key() + " (" + r.where() + ", " + r.rule().value() + ") is not in RouteTable");
            } else if (call.need() != r.rule().value()) {
                problems.add(r.key() + " declares " + r.rule().value() + ", the table says " + call.need());
            }
        }
        List<String> keys = found.stream().map(Routes.Route::key).toList();
        RouteTable.ROUTES.keySet().stream()
                .filter(k -> !keys.contains(k))
                .forEach(k -> problems.add(k + " is in RouteTable but no such route exists"));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyoneGetsWhatTheRuleAllowsAndNothingElse() throws Exception {
        String[] csrf = csrf();
        List<String> wrong = new ArrayList<>();
        Map<String, RouteTable.Call> all = new LinkedHashMap<>(RouteTable.OTHERS);
        all.putAll(RouteTable.ROUTES);
        all.values().removeIf(c -> c.url() == null);
        for (var route : all.entrySet()) {
            for (var user : USERS.entrySet()) {
                RouteTable.Call call = route.getValue();
                int status = send(route.getKey().split(" ")[0], call, user.getKey(), user.getValue(), csrf);
                boolean allowed = allowed(call.need(), user.getKey());
                boolean ok = allowed
                        ? status != 401 && status != 403 && status != 302 && status < 500
                        : user.getValue() == null ? status == 401 || status == 302 : status == 403;
                if (!ok) {
                    wrong.add(route.getKey() + " as " + user.getKey() + ": " + status + " (expected "
                            + (allowed ? "allowed" : "refused") + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Whether the rule lets this user of the matrix in (the project is members-only). */
    static boolean allowed(Need need, String user) {
        return switch (need) {
            case PUBLIC -> true;
            case LOGIN -> !user.equals("anonymous");
            case READ -> List.of("viewer", "editor", "maint", "admin").contains(user);
            case WRITE -> List.of("editor", "maint", "admin").contains(user);
            case MAINTAIN -> List.of("maint", "admin").contains(user);
            case ADMIN -> user.equals("admin");
        };
    }

    private int send(String verb, RouteTable.Call call, String user, String password, String[] csrf) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(call.url())).timeout(Duration.ofSeconds(30));
        if (password != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (call.json() != null) {
            b.header("Content-Type", "application/json").method(verb, HttpRequest.BodyPublishers.ofString(call.json()));
        } else if (call.form() != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "csrf-token=" + csrf[1])
                    .method(verb, HttpRequest.BodyPublishers.ofString(call.form() + "&csrf-token=" + csrf[0]));
        } else {
            b.method(verb, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<InputStream> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        r.body().close();
        if (r.statusCode() == 302) {
            assertThat(r.headers().firstValue("Location")).as(call.url()).contains("/login.html");
        }
        return r.statusCode();
    }

    /** A form token and its cookie (double submit: any user's pair will do). */
    private String[] csrf() throws Exception {
        HttpRequest get = HttpRequest.newBuilder(base.resolve("/sessions/" + FixtureNames.V2_SESSION))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes()))
                .build();
        HttpResponse<String> page = HTTP.send(get, HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("csrf-token="))
                .map(c -> c.substring("csrf-token=".length(), c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        return new String[] {m.group(1), cookie};
    }

    private void make(String name, Map<String, Role> roles) {
        if (users.find(name).isEmpty()) {
            users.create(new Account(
                    name, name, "", Optional.of(passwords.hash(USERS.get(name))), true, false, false, "local", roles));
        }
    }
}
