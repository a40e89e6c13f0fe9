package org.sessionledger.domain.session;

import java.util.Locale;
import java.util.Optional;

/** The scaffold folders of a session's artifacts; {@link #OTHER} for files outside them. */
public enum ArtifactCategory {
    NOTES,
    LEARNINGS,
    QUESTIONS,
    DESIGN_OUTPUTS,
    SUMMARIES,
    RESEARCH,
    BLOCKERS,
    CONTEXT,
    SNIPPETS,
    DEFERRED,
    DOCS,
    ENVIRONMENT,
    FEATURES,
    FEEDBACK,
    OTHER;

    /** The folder name, e.g. {@code design_outputs}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category whose folder is {@code name}; {@link #OTHER} is not a folder. */
    public static Optional<ArtifactCategory> ofFolder(String name) {
        for (ArtifactCategory category : values()) {
            if (category != OTHER && category.folder().equals(name)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
