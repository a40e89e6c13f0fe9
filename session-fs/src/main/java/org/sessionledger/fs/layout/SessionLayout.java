package org.sessionledger.fs.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sessionledger.domain.session.ArtifactCategory;

/** The one place that knows the names of session roots, files and folders. */
public final class SessionLayout {

    /** Session roots relative to the workspace root, newest convention first; forks' roots last. */
    public static final List<String> SESSION_ROOTS =
            List.of(".mdtm/sessions", ".roo/commander/sessions", ".ruru/sessions", ".roopm/sessions");

    /** Where a new session goes when the workspace has none yet. */
    public static final String DEFAULT_SESSION_ROOT = ".roo/commander/sessions";

    public static final String SESSION_LOG = "session_log.md";

    public static final String ARTIFACTS = "artifacts";

    public static final String README = "README.md";

    /** A folder with this name holds task files, at any depth. */
    public static final String TASKS_FOLDER = "tasks";

    /** Folders never walked: build output, dependencies, version control. */
    private static final Set<String> PRUNED = Set.of(
            ".git",
            ".hg",
            ".svn",
            "node_modules",
            "target",
            "build",
            "dist",
            ".venv",
            "venv",
            "__pycache__",
            ".idea",
            ".gradle",
            ".cache",
            ".next",
            ".tox");

    private static final List<String> TEXT_EXTENSIONS =
            List.of(".md", ".markdown", ".txt", ".toml", ".json", ".yaml", ".yml", ".csv", ".log");

    private SessionLayout() {}

    public static boolean isPruned(String folderName) {
        return PRUNED.contains(folderName);
    }

    /** Whether a folder's name is that of a session folder ({@code SESSION-...}, {@code SESS-...}). */
    public static boolean isSessionFolderName(String folderName) {
        return folderName.startsWith("SESSION-") || folderName.startsWith("SESS-");
    }

    /** Whether a file name is that of an MDTM task file ({@code TASK-...md}). */
    public static boolean isTaskFileName(String fileName) {
        return fileName.startsWith("TASK-") && fileName.endsWith(".md");
    }

    /** Whether the file is expected to hold text (and so is checked for encoding). */
    public static boolean isTextFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return TEXT_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /**
     * The category an artifact belongs to, from its path relative to the session directory: the folder under
     * {@code artifacts/} or directly under the session; else from the {@code TYPE-} prefix of its name.
     */
    public static ArtifactCategory categoryOf(String sessionRelativePath) {
        String[] parts = sessionRelativePath.split("/");
        int first = parts.length > 1 && parts[0].equals(ARTIFACTS) ? 1 : 0;
        if (parts.length > first + 1) {
            Optional<ArtifactCategory> folder = ArtifactCategory.ofFolder(parts[first]);
            if (folder.isPresent()) {
                return folder.get();
            }
        }
        return categoryOfPrefix(parts[parts.length - 1]);
    }

    /** Whether the file is a scaffold README: {@code artifacts/README.md} or a category folder's README. */
    public static boolean isScaffoldReadme(String sessionRelativePath) {
        String[] parts = sessionRelativePath.split("/");
        if (!parts[parts.length - 1].equalsIgnoreCase(README)) {
            return false;
        }
        if (parts.length == 2 && parts[0].equals(ARTIFACTS)) {
            return true;
        }
        int first = parts.length == 3 && parts[0].equals(ARTIFACTS) ? 1 : 0;
        return parts.length == first + 2
                && ArtifactCategory.ofFolder(parts[first]).isPresent();
    }

    /** Whether a top-level entry of a session directory holds artifacts. */
    public static boolean holdsArtifacts(String topLevelName) {
        return topLevelName.equals(ARTIFACTS)
                || ArtifactCategory.ofFolder(topLevelName).isPresent();
    }

    private static ArtifactCategory categoryOfPrefix(String fileName) {
        int dash = fileName.indexOf('-');
        String prefix = dash > 0 ? fileName.substring(0, dash).toUpperCase(Locale.ROOT) : "";
        return switch (prefix) {
            case "NOTE", "NOTES" -> ArtifactCategory.NOTES;
            case "LEARNING", "LESSON" -> ArtifactCategory.LEARNINGS;
            case "QUESTION", "QNA", "QA" -> ArtifactCategory.QUESTIONS;
            case "DESIGN", "STRATEGY", "ARCH", "ADR" -> ArtifactCategory.DESIGN_OUTPUTS;
            case "SUMMARY", "SESSUM", "HANDOFF" -> ArtifactCategory.SUMMARIES;
            case "RESEARCH" -> ArtifactCategory.RESEARCH;
            case "BLOCKER" -> ArtifactCategory.BLOCKERS;
            case "CONTEXT" -> ArtifactCategory.CONTEXT;
            case "SNIPPET" -> ArtifactCategory.SNIPPETS;
            case "DEFERRED" -> ArtifactCategory.DEFERRED;
            case "DOC", "DOCS" -> ArtifactCategory.DOCS;
            case "ENV", "ENVIRONMENT" -> ArtifactCategory.ENVIRONMENT;
            case "FEATURE" -> ArtifactCategory.FEATURES;
            case "FEEDBACK" -> ArtifactCategory.FEEDBACK;
            default -> ArtifactCategory.OTHER;
        };
    }
}
