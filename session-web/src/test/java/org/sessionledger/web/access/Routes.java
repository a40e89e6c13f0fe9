package org.sessionledger.web.access;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sessionledger.web.auth.Access;

/** Every REST route of the app, found by reflection over its compiled classes: HTTP method, path template, rule. */
final class Routes {

    /** One route and the rule it declares (null when it declares none). */
    record Route(String method, String template, Access rule, String where) {
        String key() {
            return method + " " + template;
        }
    }

    private Routes() {}

    static List<Route> all() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<Route> routes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/sessionledger/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type =
                        Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = verb(m);
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    String template = join(base.value(), sub == null ? "" : sub.value());
                    Access rule = m.getAnnotation(Access.class) != null
                            ? m.getAnnotation(Access.class)
                            : type.getAnnotation(Access.class);
                    routes.add(new Route(verb, template, rule, type.getSimpleName() + "." + m.getName()));
                }
            }
        }
        return routes;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return m.isAnnotationPresent(PUT.class) ? "PUT" : null;
    }

    private static String join(String a, String b) {
        String path = ("/" + a + "/" + b).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
