package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.EntryKind;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.fs.read.Problems;

class EntryParserTest {

    private final Problems problems = new Problems("log.md");

    @Test
    void readsTheStandardShapeWithKindActorAndMentions() {
        List<LogEntry> entries = EntryParser.parse("""
                # Session Log

                ## Log Entries

                - [2025-06-05 10:02:15] Session initiated by `roo-commander` with goal: "Analyze"
                - [2025-06-05 10:03:00] Delegated task `TASK-A-1` to `dev-python`: do it
                - [2025-06-05 10:04:00] Received result from `dev-python` for task `TASK-A-1`: done
                - [2025-06-05 10:05:00] Created artifact: `artifacts/notes/NOTE-x-2506051005.md` (Type: note)
                - [2025-06-05 10:06:00] Session status changed to: `⏸️ Paused`
                """, 1, problems);
        assertThat(entries)
                .extracting(LogEntry::kind)
                .containsExactly(
                        EntryKind.INITIATED,
                        EntryKind.DELEGATED,
                        EntryKind.RESULT,
                        EntryKind.ARTIFACT_CREATED,
                        EntryKind.STATUS_CHANGE);
        LogEntry first = entries.get(0);
        assertThat(first.line()).isEqualTo(5);
        assertThat(first.actor()).isEqualTo("roo-commander");
        assertThat(first.time().instant()).contains(Instant.parse("2025-06-05T10:02:15Z"));
        assertThat(first.text()).isEqualTo("Session initiated by `roo-commander` with goal: \"Analyze\"");
        assertThat(entries.get(2).actor()).isEqualTo("dev-python");
        assertThat(entries.get(1).mentions()).containsExactly("TASK-A-1");
        assertThat(entries.get(3).mentions()).containsExactly("artifacts/notes/NOTE-x-2506051005.md");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void readsEveryOtherEntryShape() {
        List<LogEntry> entries = EntryParser.parse("""
                *   `[2025-05-03T00:25:52+10:00]` **Mode Maintainer:** Starting task
                - 2025-05-09 16:05: short form
                - [ ] **2025-05-13 11:11** checkbox form
                ### 2025-05-14 09:00:00
                # [2025-07-16T10:30:00Z] - dev-git: heading form
                *   2025-05-29T17:20:00 - Task created by roo-commander.
                """, 1, problems);
        assertThat(entries).hasSize(6);
        assertThat(entries.get(0).time().instant()).contains(Instant.parse("2025-05-02T14:25:52Z"));
        assertThat(entries.get(0).actor()).isEqualTo("Mode Maintainer");
        assertThat(entries.get(1).text()).isEqualTo("short form");
        assertThat(entries.get(2).time().text()).isEqualTo("2025-05-13 11:11");
        assertThat(entries.get(4).actor()).isEqualTo("dev-git");
        assertThat(entries.get(5).actor()).isEqualTo("roo-commander");
        assertThat(entries).allSatisfy(e -> assertThat(e.time().instant()).isPresent());
    }

    @Test
    void keepsUnmatchedTextWithThePreviousEntryAndIgnoresFencedStamps() {
        List<LogEntry> entries = EntryParser.parse("""
                Preamble without an entry.
                - [2025-01-01 10:00:00] First
                  continued here
                  - nested bullet
                ```
                - [2025-01-01 11:00:00] inside a fence
                ```

                - [2025-01-01 12:00:00] Second
                """, 1, problems);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).text())
                .as("continuation lines lose the indentation of the entry's text column")
                .startsWith("First\ncontinued here\n- nested bullet\n```")
                .contains("inside a fence");
        assertThat(entries.get(1).line()).isEqualTo(9);
    }

    @Test
    void reportsPlaceholdersAndImpossibleTimes() {
        List<LogEntry> entries = EntryParser.parse(
                "- [YYYY-MM-DD HH:MM:SS] Created artifact: ...\n- [2025-13-45 99:99:99] bad\n", 10, problems);
        assertThat(entries).hasSize(2);
        assertThat(entries).allSatisfy(e -> assertThat(e.time().instant()).isEmpty());
        assertThat(problems.all())
                .extracting(Diagnostic::kind, Diagnostic::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DiagnosticKind.BAD_TIMESTAMP, 10),
                        org.assertj.core.groups.Tuple.tuple(DiagnosticKind.BAD_TIMESTAMP, 11));
    }

    @Property(tries = 2000)
    void neverThrowsOnMutatedLogs(@ForAll("logs") String body) {
        List<LogEntry> entries = EntryParser.parse(body, 1, new Problems("fuzz.md"));
        int lines = body.split("\\r?\\n|\\r", -1).length;
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.line()).isBetween(1, lines);
            assertThat(e.textLine()).isBetween(e.line(), lines);
            assertThat(e.lineAt(e.text().length())).isBetween(e.line(), lines);
        });
    }

    @Test
    void classifiesWhateverTheAsciiCase() {
        List<LogEntry> entries = EntryParser.parse("""
                - [2025-01-01 10:00:00] HANDED OFF to the reviewer
                - [2025-01-01 10:01:00] Session Paused for lunch
                - [2025-01-01 10:02:00] DELEGATING `TASK-B-2` to dev
                - [2025-01-01 10:03:00] Note written By `Dev-Git`
                - [2025-01-01 10:04:00] İNITIATED (not an ASCII I) and nothing by anyone
                """, 1, problems);
        assertThat(entries)
                .extracting(LogEntry::kind)
                .containsExactly(
                        EntryKind.HANDOFF,
                        EntryKind.STATUS_CHANGE,
                        EntryKind.DELEGATED,
                        EntryKind.OTHER,
                        EntryKind.OTHER);
        assertThat(entries.get(3).actor()).isEqualTo("Dev-Git");
        assertThat(entries.get(4).actor())
                .as("a word of prose after 'by' is no actor")
                .isEmpty();
    }

    @Provide
    Arbitrary<String> logs() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(
                        "- [2025-06-05 10:02:15] ",
                        "*   `[2025-05-03T00:25:52+10:00]` ",
                        "### 2025-05-14 ",
                        "- [YYYY-MM-DD HH:MM:SS]",
                        "```",
                        " ~~~",
                        "   - ",
                        "+ 2025-06-05T10:02 ",
                        "    * [2025-06-05 10:02:15] ",
                        "12. 2025-06-05 ",
                        "\t```",
                        "\r",
                        "\n",
                        "\r\n",
                        "`TASK-X-1`",
                        "](../a.md#x)",
                        "**",
                        "- [ ] ",
                        "by `",
                        "9999-99-99 99:99",
                        "---",
                        "timestamp: 2025-06-05T10:02:15Z",
                        "**Timestamp:** ",
                        "mode: ",
                        "[2505091753] ",
                        "[{{timestamp}}] ",
                        "\\",
                        "_",
                        "2025-06-05 10:02 UTC - ",
                        "   "),
                Arbitraries.strings().ofMaxLength(20));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
