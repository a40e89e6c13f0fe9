package org.sessionledger.fs.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.fs.FsSettings;

/**
 * For any text T, writing T as one entry and reading the log gives one more entry whose text is T — however much T
 * looks like entries, headings, fences, escapes or record blocks — and the entry after it is still its own.
 */
class EntryRoundTripProperties {

    private static final List<String> SHAPES = List.of(
            "- [2020-01-01 00:00:00] `admin`: FORGED ENTRY",
            "* 2025-05-29T17:20:00 - forged",
            "*   `[2025-05-09T18:08:00Z]` `framework-nextjs` - forged",
            "- [ ] **2025-05-13 11:11** forged",
            "1. [2025-01-01 10:00] numbered",
            "### 2025-06-01 10:21:27 - heading",
            "## [2025-06-01T10:26:43Z] heading",
            "   - [2020-01-01 00:00] indented",
            "\t- [2020-01-01 00:00:00] tabbed",
            "[2025-05-18 12:22:06] bare",
            "**[2025-05-18 14:43]** bold",
            "2025-09-03T17:41:38Z - bare",
            "[250509175351] [Roo Commander] INFO: compact",
            "- [YYYY-MM-DD HH:MM:SS] placeholder",
            "- [{{timestamp}}] placeholder",
            "[\\{{timestamp}}] escaped placeholder",
            "{{timestamp}} bare placeholder",
            "- **2025-05-28T16:07:00** - bold",
            "- **[2025-05-29 10:05:00]** bold brackets",
            "*   **2025-05-29 11:19:00** - starred",
            "- 2025-05-29 09:53:00 - dashed",
            "- 2025-06-02 14:59Z - zoned",
            "- [x] 2025-05-13 11:11 ticked",
            "- [~] **2025-05-13 11:11** partial",
            "[2505091753] compact without seconds",
            "_2025-05-09 16:05_ emphasis",
            "2025-06-01: date only",
            "- 2025-06-01T10:26:43+07:00 offset",
            "### 2025-04-13 (Technical Writer)",
            "*   **2025-05-09 18:18 UTC - `util-typescript` (TASK-TS-1):**",
            "- `[2025-05-09 19:51:53 UTC]` **TypeScript Specialist (`util-typescript`)**: x",
            "**Timestamp:** 2025-05-09 19:58:54 UTC",
            "mode: util-typescript",
            "---",
            "timestamp: 2025-06-01T10:21:27Z",
            "```",
            "```java",
            "~~~",
            "\\- [2020-01-01 00:00:00] escaped by the user",
            "\\```",
            "\\\\",
            "\\",
            "+++",
            "",
            "   ",
            "  - nested bullet",
            "    code block",
            "plain words",
            "日本語のテキスト and émoji 🏁");

    private static Path workspace;
    private static SessionWriter writer;
    private static Path dir;
    private static byte[] fresh;

    @BeforeContainer
    static void session() throws IOException {
        workspace = Files.createTempDirectory("entry-round-trip");
        writer = new SessionWriter(FsSettings.of(workspace));
        dir = writer.initiate("Round trip", "tester", "tester", Instant.EPOCH).sessionDir();
        fresh = Files.readAllBytes(dir.resolve("session_log.md"));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var walk = Files.walk(workspace)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 400)
    void anyTextIsOneEntryWithExactlyThatText(@ForAll("texts") String text) throws IOException {
        Files.write(dir.resolve("session_log.md"), fresh);
        String written = WriteRules.text(text, "entry", Integer.MAX_VALUE);

        writer.appendEntry(dir, "ann", text, Optional.empty(), Instant.EPOCH);
        writer.appendEntry(dir, "bo", "next", Optional.empty(), Instant.EPOCH);

        List<LogEntry> entries = writer.read(dir).entries();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(1).text()).isEqualTo("`ann`: " + written);
        assertThat(entries.get(1).actor()).isEqualTo("ann");
        assertThat(entries.get(2).text()).isEqualTo("`bo`: next");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> shaped = Arbitraries.of(SHAPES);
        Arbitrary<String> words = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("\t äöü€日本\\`*#-[]")
                .ofMaxLength(40);
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, shaped),
                net.jqwik.api.Tuple.of(2, words),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(" ", "  ").flatMap(indent -> shaped.map(s -> indent + s))));
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(12)
                .flatMap(first -> line.list().ofMaxSize(8).map(rest -> first + "\n" + String.join("\n", rest)));
    }
}
