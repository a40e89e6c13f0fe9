package org.sessionledger.web.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;

/**
 * The packaged app's first start on a workspace of its own: no demo accounts, but an {@code admin} with a random
 * password, logged once and written to an owner-only file, that must be changed before anything else; the file goes
 * with the first change.
 */
class FirstStartIT {

    private static final Pattern PASSWORD = Pattern.compile("admin account 'admin' with the password (\\S+) ");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    @Test
    void theFirstStartMakesAnAdminWhosePasswordMustBeChangedFirst() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), workspace);
        Path data = dir.resolve("data");
        AppProcess app = AppProcess.start(
                        workspace,
                        data,
                        dir.resolve("app.log"),
                        "sessions.auth.demo-accounts=false",
                        "sessions.project.public-read=false")
                .awaitReady();
        try {
            Matcher m = PASSWORD.matcher(app.output());
            assertThat(m.find()).as(app.output()).isTrue();
            String first = m.group(1);
            Path file = data.resolve("initial-admin-password");
            assertThat(Files.readString(file).strip()).isEqualTo(first);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");

            assertThat(get(app, "/api/sessions", "editor", "editor").statusCode())
                    .isEqualTo(401);
            HttpResponse<String> before = get(app, "/api/sessions", "admin", first);
            assertThat(before.statusCode()).isEqualTo(403);
            assertThat(before.body()).contains("Change your password first");

            HttpResponse<String> form = get(app, "/account/password", "admin", first);
            assertThat(form.statusCode()).isEqualTo(200);
            Matcher token = CSRF.matcher(form.body());
            assertThat(token.find()).isTrue();
            String cookie = form.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("csrf-token="))
                    .map(c -> c.substring(0, c.indexOf(';')))
                    .findFirst()
                    .orElseThrow();
            String next = "a-new-and-long-password";
            String body = "csrf-token=" + enc(token.group(1)) + "&current=" + enc(first) + "&new=" + next + "&repeated="
                    + next;
            HttpResponse<String> changed = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/account/password"))
                            .header("Authorization", basic("admin", first))
                            .header("Cookie", cookie)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(303);

            assertThat(file).doesNotExist();
            assertThat(get(app, "/api/sessions", "admin", first).statusCode()).isEqualTo(401);
            assertThat(get(app, "/api/sessions", "admin", next).statusCode()).isEqualTo(200);
        } finally {
            app.stop();
        }
        assertThat(app.output()).doesNotContain("a-new-and-long-password");
    }

    private static HttpResponse<String> get(AppProcess app, String path, String user, String password)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                        .header("Authorization", basic(user, password))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
