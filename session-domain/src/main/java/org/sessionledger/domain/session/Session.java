package org.sessionledger.domain.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A session as its directory records it.
 *
 * @param id the session id (the directory name)
 * @param directory the directory relative to the workspace root, with {@code /} separators
 * @param declaredId the id written in the front matter, if any
 * @param title the goal
 * @param status the status, empty when it could not be read
 * @param statusText the status as written
 * @param start when the session started, as written
 * @param end when it ended or paused, as written
 * @param coordinator the coordinating mode
 * @param relatedTasks task ids
 * @param relatedArtifacts artifact paths relative to the session directory
 * @param tags keywords
 * @param extra other front-matter keys, rendered as text, in the order the file writes them
 * @param entries the log
 * @param artifacts files of the artifact tree
 */
public record Session(
        SessionId id,
        String directory,
        Optional<String> declaredId,
        String title,
        Optional<SessionStatus> status,
        String statusText,
        WrittenTime start,
        WrittenTime end,
        String coordinator,
        List<String> relatedTasks,
        List<String> relatedArtifacts,
        List<String> tags,
        Map<String, String> extra,
        List<LogEntry> entries,
        List<Artifact> artifacts) {

    public Session {
        relatedTasks = List.copyOf(relatedTasks);
        relatedArtifacts = List.copyOf(relatedArtifacts);
        tags = List.copyOf(tags);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra)); // in file order
        entries = List.copyOf(entries);
        artifacts = List.copyOf(artifacts);
    }

    /** Artifacts that are content, not scaffold READMEs. */
    public List<Artifact> contentArtifacts() {
        return artifacts.stream().filter(a -> !a.scaffold()).toList();
    }
}
