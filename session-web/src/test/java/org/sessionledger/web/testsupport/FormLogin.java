package org.sessionledger.web.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logs in through the login form as a browser does: the page's hidden fields and cookies, then the post. */
public final class FormLogin {

    /** The cookie that carries a form login. */
    public static final String COOKIE = "ledger-login";

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern API_TOKEN = Pattern.compile("<meta name=\"api-csrf-token\" content=\"([^\"]+)\"");

    private FormLogin() {}

    /** A browser's login: its cookies (the login and the forms' CSRF cookie) and the tokens its pages carry. */
    public record Login(Map<String, String> cookies, Map<String, String> formFields, String apiToken) {

        public String cookie() {
            return cookies.get(COOKIE);
        }
    }

    /** Posts the login form with the fields and cookies of a freshly loaded login page; redirects not followed. */
    public static Response post(String user, String password, Map<String, String> headers) {
        return post(user, password, headers, Map.of());
    }

    /** The same, with more cookies of the browser's (the page that sent it to the login form, ...). */
    public static Response post(
            String user, String password, Map<String, String> headers, Map<String, String> cookies) {
        Response page = given().get("/login.html");
        assertThat(page.statusCode()).isEqualTo(200);
        return given().redirects()
                .follow(false)
                .cookies(cookies)
                .cookies(page.getCookies())
                .headers(headers)
                .contentType(ContentType.URLENC)
                .formParams(hiddenFields(page.asString()))
                .formParam("j_username", user)
                .formParam("j_password", password)
                .post("/j_security_check");
    }

    /** Logs in (which must succeed) and loads a page as that login, for the tokens a page gives its scripts. */
    public static Login login(String user, String password) {
        Response posted = post(user, password, Map.of());
        assertThat(posted.statusCode()).as("login of " + user).isEqualTo(302);
        String cookie = posted.getCookie(COOKIE);
        assertThat(cookie).as("login cookie").isNotBlank();
        Response page = given().cookie(COOKIE, cookie).get("/");
        Map<String, String> cookies = new LinkedHashMap<>(page.getCookies());
        cookies.put(COOKIE, cookie);
        Matcher api = API_TOKEN.matcher(page.asString());
        return new Login(cookies, hiddenFields(page.asString()), api.find() ? api.group(1) : null);
    }

    /** The hidden inputs of a page (the first value of each name). */
    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), m.group(2));
        }
        return fields;
    }

    /** The attributes of the {@code Set-Cookie} header of one cookie, lower case ({@code httponly}, ...). */
    public static Optional<List<String>> cookieAttributes(Response response, String name) {
        return response.getHeaders().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(name + "="))
                .findFirst()
                .map(h -> java.util.Arrays.stream(h.split(";"))
                        .skip(1)
                        .map(a -> a.trim().toLowerCase(Locale.ROOT))
                        .toList());
    }
}
