package org.sessionledger.testkit;

import java.net.URL;

/** Names of the fixture workspaces and of well-known items inside them. */
public final class FixtureNames {

    /** A workspace with every layout variant and a set of broken files. */
    public static final String WORKSPACE = "workspace";

    public static final String V2_SESSION = "SESSION-BuildLedger-20250720-103000";
    public static final String V8_SESSION = "SESSION-ReviewDocs-20251119-112100";
    public static final String V5_SESSION = "SESS-CMD-20250503-002535";
    public static final String BROKEN_TOML_SESSION = "SESSION-Broken_Toml-2506050958";
    public static final String NO_FRONT_MATTER_SESSION = "SESSION-NoFrontMatter-2506051000";
    public static final String UNCLOSED_SESSION = "SESSION-Unclosed-2506051100";
    public static final String XSS_SESSION = "SESSION-Hostile_Markdown-2506051200";

    public static final String MAIN_TASK = "TASK-DEV-20250720-110000";
    public static final String SUB_TASK = "TASK-DEV-20250720-120000";
    public static final String DUPLICATE_KEY_TASK = "TASK-DUP-20250801-090000";
    public static final String YAML_TASK = "TASK-PM-20250413-090710";
    public static final String BOLD_TASK = "legacy-bold-subtask";

    /**
     * A workspace with every shape of entry, front matter, task reference, checklist and session root that real
     * files show ({@code .roopm/sessions}, nested {@code sessions/sessions/}, a stray session folder).
     */
    public static final String SHAPES = "shapes";

    public static final String SHAPES_SESSION = "SESSION-EveryShape-20250601-100000";
    public static final String LOST_OPENING_SESSION = "SESSION-LostOpening-20250602-090000";
    /** Defined by {@code TASK-DEVPY-20250602-154200-FixDashboard.md}, a longer name than its id. */
    public static final String LONG_NAMED_TASK = "TASK-DEVPY-20250602-154200";

    public static final String SHAPES_YAML_TASK = "TASK-PM-20250601-090000";

    private FixtureNames() {}

    /** Where the fixture workspace {@code name} lies on the class path (copy it with the fs module's ResourceTrees). */
    public static URL location(String name) {
        URL url = FixtureNames.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture named " + name);
        }
        return url;
    }
}
