package org.sessionledger.fs.parse;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modes and roles a workspace knows, which log entries name as their actors: the mode folders of its tool folders
 * ({@code .roo/modes/<slug>}, {@code .ruru/modes/<slug>}, {@code .roo/rules-<slug>}, {@code .roomodes}), and for each
 * file the coordinator and assignee its own front matter names. Matching ignores case. Immutable.
 */
public final class KnownActors {

    /** No workspace knowledge: only slug-shaped names and named roles are taken as actors. */
    public static final KnownActors NONE = new KnownActors(Set.of(), List.of());

    private static final Pattern ROOMODES_SLUG = Pattern.compile("\"slug\"\\s*:\\s*\"([A-Za-z0-9_.\\-]{1,64})\"");
    private static final int MAX_ROOMODES_BYTES = 1 << 20;

    private final Set<String> workspace;
    private final List<String> own;

    private KnownActors(Set<String> workspace, List<String> own) {
        this.workspace = workspace;
        this.own = own;
    }

    public static KnownActors of(Set<String> names) {
        Set<String> lowered = new HashSet<>();
        names.forEach(n -> lowered.add(n.strip().toLowerCase(Locale.ROOT)));
        lowered.remove("");
        return new KnownActors(Set.copyOf(lowered), List.of());
    }

    /** The modes of the workspace at {@code root}, from its tool folders; folders that cannot be read add nothing. */
    public static KnownActors ofWorkspace(Path root) {
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> tools = Files.newDirectoryStream(root, ".r[ou]*")) {
            for (Path tool : tools) {
                if (!Files.isDirectory(tool, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                folderNames(tool.resolve("modes"), "", names);
                folderNames(tool.resolve("commander").resolve("modes"), "", names);
                folderNames(tool, "rules-", names);
            }
        } catch (IOException | RuntimeException e) {
            // no tool folders: no names from them
        }
        roomodes(root.resolve(".roomodes"), names);
        return of(names);
    }

    private static void folderNames(Path dir, String prefix, Set<String> names) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && name.length() > prefix.length() && Files.isDirectory(entry)) {
                    names.add(name.substring(prefix.length()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: nothing from it
        }
    }

    private static void roomodes(Path file, Set<String> names) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) <= MAX_ROOMODES_BYTES) {
                Matcher m = ROOMODES_SLUG.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable or not UTF-8: nothing from it
        }
    }

    /** These names and the ones a file names itself (its coordinator, its assignee); blanks are ignored. */
    public KnownActors with(String... names) {
        List<String> added = new java.util.ArrayList<>(own);
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                added.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new KnownActors(workspace, List.copyOf(added));
    }

    public boolean contains(String name) {
        String lowered = name.toLowerCase(Locale.ROOT);
        return own.contains(lowered) || workspace.contains(lowered);
    }

    /** The known slug a named role stands for ({@code Roo Commander} for {@code roo-commander}), else the role. */
    public String slugOf(String role) {
        String slug = role.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return contains(slug) ? slug : role;
    }

    public boolean isEmpty() {
        return workspace.isEmpty() && own.isEmpty();
    }
}
