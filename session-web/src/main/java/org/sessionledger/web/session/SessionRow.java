package org.sessionledger.web.session;

import org.sessionledger.domain.session.Session;

/** One line of the sessions list, for pages and the JSON API. */
public record SessionRow(
        String id,
        String title,
        String status,
        String statusText,
        String coordinator,
        String start,
        String end,
        String directory,
        int entries,
        int artifacts,
        int tasks,
        int diagnostics) {

    public static SessionRow of(Session s, int diagnostics) {
        return new SessionRow(
                s.id().value(),
                s.title(),
                s.status().map(Enum::name).orElse("UNKNOWN"),
                s.statusText(),
                s.coordinator(),
                s.start().text(),
                s.end().text(),
                s.directory(),
                s.entries().size(),
                s.contentArtifacts().size(),
                s.relatedTasks().size(),
                diagnostics);
    }

    /** The status as written, or the parsed word when nothing was written. */
    public String statusLabel() {
        return statusText.isBlank() ? status.toLowerCase(java.util.Locale.ROOT) : statusText;
    }

    /** The permalink of the session page. */
    public String href() {
        return org.sessionledger.web.project.ProjectScope.base() + "/sessions/"
                + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    /** A CSS-friendly status name. */
    public String statusClass() {
        return status.toLowerCase(java.util.Locale.ROOT);
    }
}
