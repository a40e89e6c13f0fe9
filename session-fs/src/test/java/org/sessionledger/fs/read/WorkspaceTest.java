package org.sessionledger.fs.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkspaceTest {

    private static final Path ROOT = Path.of("/ws/project");
    private static final Workspace WORKSPACE = new Workspace(ROOT);

    @ParameterizedTest
    @CsvSource({
        "/ws/project/a.md, a.md",
        "/ws/project/.roo/commander/sessions/S-1/session_log.md, .roo/commander/sessions/S-1/session_log.md",
        "/ws/project/a/./b.md, a/b.md",
        "/ws/project/a/../b.md, b.md",
        "/ws/project/a/.., ''",
        "/ws/project/..., ...",
        "/ws/project/.a/b., .a/b.",
        "/ws/project/a/../../other/x.md, /ws/other/x.md",
        "/ws/project2/x.md, /ws/project2/x.md",
        "/ws/project, ''",
    })
    void relativePaths(String path, String expected) {
        assertThat(WORKSPACE.relative(Path.of(path))).isEqualTo(expected);
    }

    @Property
    void theShortcutAnswersAsThePathOperationsDo(@ForAll("paths") Path path) {
        assertThat(WORKSPACE.relative(path)).isEqualTo(byPathOperations(ROOT, path));
    }

    @Property
    void aRootOfSlash(@ForAll("paths") Path path) {
        Path root = Path.of("/");
        assertThat(new Workspace(root).relative(path)).isEqualTo(byPathOperations(root, path));
    }

    @Provide
    Arbitrary<Path> paths() {
        Arbitrary<String> names = Arbitraries.of("a", "b.md", ".", "..", "...", ".roo", "a.", "x y", "日本", "project");
        Arbitrary<String> start = Arbitraries.of("/ws/project", "/ws", "/ws/project2", "", "project");
        return start.flatMap(s -> names.list().ofMaxSize(6).map(rest -> {
            List<String> all = new java.util.ArrayList<>();
            all.add(s.isEmpty() ? "/" : s);
            all.addAll(rest);
            return Path.of(all.getFirst(), all.subList(1, all.size()).toArray(String[]::new));
        }));
    }

    /** What the answer was before the shortcut: the absolute, normal path relativised to the root when inside it. */
    private static String byPathOperations(Path root, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String relative = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        return relative.replace('\\', '/');
    }
}
