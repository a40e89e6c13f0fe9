package org.sessionledger.web.template;

import io.quarkus.qute.TemplateGlobal;
import org.sessionledger.web.project.ProjectScope;

/** Values every template sees. */
@TemplateGlobal
public final class Globals {

    private Globals() {}

    /** The prefix of the request's project pages ({@code /p/<name>}), empty on the default project's routes. */
    public static String base() {
        return ProjectScope.base();
    }

    /** The prefix of the request's project API ({@code /api/projects/<name>}, or {@code /api}). */
    public static String apiBase() {
        return ProjectScope.apiBase();
    }
}
