package org.sessionledger.web.template;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.web.project.ProjectScope;

/** Small helpers the templates call: permalinks of nodes, labels of link types, encoded paths. */
@TemplateExtension
public final class TemplateExtensions {

    private TemplateExtensions() {}

    /** The page of a session, task or file. */
    public static String href(NodeRef ref) {
        return switch (ref.kind()) {
            case SESSION -> ProjectScope.base() + "/sessions/" + segment(ref.key());
            case TASK -> ProjectScope.base() + "/tasks/" + segment(ref.key());
            case ARTIFACT -> ProjectScope.base() + "/files/" + path(ref.key());
        };
    }

    /** {@code RELATED_ARTIFACT} → {@code related artifact}. */
    public static String label(LinkType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A workspace-relative path with each segment URL-encoded. */
    public static String path(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("/")) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(segment(part));
        }
        return out.toString();
    }

    /** One URL path segment. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Epoch milliseconds as an ISO instant, empty for 0. */
    public static String isoTime(long millis) {
        return millis == 0 ? "" : Instant.ofEpochMilli(millis).toString();
    }
}
