package org.sessionledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    Path one;

    @TempDir
    Path two;

    @Test
    void theSameSeedWritesTheSameWorkspaceInEveryLayout() throws IOException {
        CorpusGenerator.main(new String[] {one.toString(), "300", "7"});
        CorpusGenerator.main(new String[] {two.toString(), "300", "7"});
        List<String> files = list(one);
        assertThat(files).hasSizeBetween(300, 302).isEqualTo(list(two));
        for (String file : files) {
            assertThat(Files.readString(one.resolve(file))).isEqualTo(Files.readString(two.resolve(file)));
        }
        assertThat(files)
                .anyMatch(f -> f.startsWith(".roo/commander/sessions/") && f.contains("/artifacts/"))
                .anyMatch(f -> f.startsWith(".mdtm/sessions/") && !f.contains("/artifacts/") && f.endsWith(".md"))
                .anyMatch(f -> f.startsWith(".ruru/sessions/"))
                .anyMatch(f -> f.startsWith(".ruru/tasks/BENCH/TASK-BENCH-"));
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
