package org.sessionledger.domain.task;

/** How a task file carries its metadata. */
public enum TaskShape {
    /** TOML front matter between {@code +++} lines (MDTM). */
    TOML,
    /** YAML front matter between {@code ---} lines (older journals). */
    YAML,
    /** No front matter; bold {@code **Status:**} lines at the top. */
    BOLD_LINES
}
