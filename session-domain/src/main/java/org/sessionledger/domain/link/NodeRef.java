package org.sessionledger.domain.link;

import java.util.Objects;

/**
 * A reference to a session (by id), a task (by id) or an artifact (by workspace-relative path).
 */
public record NodeRef(NodeKind kind, String key) {

    public NodeRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    public static NodeRef session(String id) {
        return new NodeRef(NodeKind.SESSION, id);
    }

    public static NodeRef task(String id) {
        return new NodeRef(NodeKind.TASK, id);
    }

    public static NodeRef artifact(String path) {
        return new NodeRef(NodeKind.ARTIFACT, path);
    }
}
