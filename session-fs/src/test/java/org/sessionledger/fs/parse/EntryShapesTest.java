package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.fs.read.Problems;

/** Every shape of an entry's first line seen in real logs, each followed by an entry that must stay its own. */
class EntryShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            - [2025-05-28 12:02:30] text                                | 2025-05-28T12:02:30Z | text
            - **2025-05-28T16:07:00** - text                            | 2025-05-28T16:07:00Z | text
            - **[2025-05-29 10:05:00]** text                            | 2025-05-29T10:05:00Z | text
            *   **2025-05-29 11:19:00** - text                          | 2025-05-29T11:19:00Z | text
            - `[2025-05-09T18:08:00Z]` `framework-nextjs` - text        | 2025-05-09T18:08:00Z | `framework-nextjs` - text
            - 2025-05-29 09:53:00 - text                                | 2025-05-29T09:53:00Z | text
            - 2025-06-02 14:59Z - text                                  | 2025-06-02T14:59:00Z | text
            - [ ] **2025-05-13 11:11** text                             | 2025-05-13T11:11:00Z | text
            - [x] 2025-05-13 11:11 text                                 | 2025-05-13T11:11:00Z | text
            1. [2025-05-13 11:11] numbered                              | 2025-05-13T11:11:00Z | numbered
            [2025-05-18 12:22:06] text                                  | 2025-05-18T12:22:06Z | text
            **[2025-05-18 14:43]** text                                 | 2025-05-18T14:43:00Z | text
            2025-09-03T17:41:38Z - text                                 | 2025-09-03T17:41:38Z | text
            [250509175351] [Roo Commander] INFO: text                   | 2025-05-09T17:53:51Z | [Roo Commander] INFO: text
            [2505091753] compact without seconds                        | 2025-05-09T17:53:00Z | compact without seconds
            "### 2025-06-01 10:21:27 - text"                              | 2025-06-01T10:21:27Z | text
            "## [2025-06-01T10:26:43Z] text"                              | 2025-06-01T10:26:43Z | text
            "# [2025-07-16T10:30:00Z] - dev-git: text"                    | 2025-07-16T10:30:00Z | dev-git: text
            - 2025-06-01T10:26:43+07:00 offset                          | 2025-06-01T03:26:43Z | offset
            - 2025-06-01 10:26 +0700 offset                             | 2025-06-01T03:26:00Z | offset
            - [2025-06-01 10:26:43 UTC] utc                             | 2025-06-01T10:26:43Z | utc
            - 2025-06-01: date only                                     | 2025-06-01T00:00:00Z | date only
            "### 2025-04-13 (Technical Writer)"                           | 2025-04-13T00:00:00Z | (Technical Writer)
            *   **2025-05-09 18:18 UTC - `util-typescript` (TASK-TS-1):** | 2025-05-09T18:18:00Z | `util-typescript` (TASK-TS-1):
            "    - [2025-05-09 16:05] indented"                         | 2025-05-09T16:05:00Z | indented
            _2025-05-09 16:05_ emphasis                                 | 2025-05-09T16:05:00Z | emphasis
            - 2025-05-09T16:05:00.123Z fractions                        | 2025-05-09T16:05:00.123Z | fractions
            """)
    void readsTheShape(String line, String instant, String text) {
        Problems problems = new Problems("log.md");
        List<LogEntry> entries = EntryParser.parse(line + "\nmore text\n- [2025-01-01 00:00:00] next\n", 7, problems);
        assertThat(entries).hasSize(2);
        LogEntry first = entries.get(0);
        assertThat(first.line()).isEqualTo(7);
        assertThat(first.time().instant()).contains(Instant.parse(instant));
        assertThat(first.text()).isEqualTo(text + "\nmore text");
        assertThat(entries.get(1).line()).isEqualTo(9);
        assertThat(problems.all()).isEmpty();
        assertThat(EntryParser.opensEntry(line)).isTrue();
        assertThat(EntryParser.opensEntry("  " + line)).isTrue();
        assertThat(EntryParser.opensEntry("\\" + line.strip())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - [YYYY-MM-DD HH:MM:SS] Created artifact: ...
            - [{{timestamp}}] Delegated task
            - [\\{{timestamp}}] escaped braces
            ---
            """)
    void flagsPlaceholdersAndNeverMergesThem(String placeholder) {
        Problems problems = new Problems("log.md");
        String record = placeholder.equals("---") ? "\ntimestamp: {{timestamp}}\nevent: x\n---" : "";
        List<LogEntry> entries = EntryParser.parse(
                "- [2025-01-01 10:00:00] real\n" + placeholder + record + "\n- [2025-01-01 11:00:00] real\n",
                1,
                problems);
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).text()).isEqualTo("real");
        assertThat(entries.get(1).time().instant()).isEmpty();
        assertThat(problems.all())
                .extracting(Diagnostic::kind, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiagnosticKind.BAD_TIMESTAMP, 2));
    }

    @Test
    void readsRecordBlocksWithTheirActorAndKeepsTheirLines() {
        List<LogEntry> entries = EntryParser.parse("""
                - [2025-05-09 18:20:00] before
                ---
                timestamp: 2025-05-09T18:24:32Z
                mode: util-typescript
                action: Log Entry
                summary: |
                  Created `pacman-game/src/lib/entities/PacMan.ts`.
                  - [2025-05-09 18:24] not an entry inside the record
                ---

                ---
                **Timestamp:** 2025-05-09 19:58:54 UTC
                **Mode:** util-typescript
                **Action:** Processing task.
                ---
                [250509190336] [Roo Commander] INFO: after
                """, 1, new Problems("log.md"));
        assertThat(entries).extracting(LogEntry::line).containsExactly(1, 2, 11, 16);
        LogEntry record = entries.get(1);
        assertThat(record.time().instant()).contains(Instant.parse("2025-05-09T18:24:32Z"));
        assertThat(record.actor()).isEqualTo("util-typescript");
        assertThat(record.textLine()).isEqualTo(4);
        assertThat(record.lineAt(record.text().indexOf("PacMan.ts"))).isEqualTo(7);
        assertThat(record.text()).doesNotContain("---").doesNotContain("timestamp");
        assertThat(entries.get(2).time().instant()).contains(Instant.parse("2025-05-09T19:58:54Z"));
        assertThat(entries.get(2).actor()).isEqualTo("util-typescript");
        assertThat(entries.get(3).actor()).isEqualTo("Roo Commander");
    }

    @Test
    void aRuleThatOpensNoRecordIsText() {
        List<LogEntry> entries = EntryParser.parse(
                "- [2025-05-09 18:20:00] before\n---\nplain paragraph\n---\n", 1, new Problems("log.md"));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).text()).isEqualTo("before\n---\nplain paragraph\n---");
    }

    @Test
    void keepsTheLineOfEveryTextLineDroppedIntoAnEntry() {
        List<LogEntry> entries = EntryParser.parse("""
                ### 2025-06-01 10:21:27

                First paragraph under the heading.

                ## Another section
                Text about `pacman-game/src/lib/GameManager.ts`.
                ### 2025-06-01 11:00:00 - next
                """, 20, new Problems("log.md"));
        LogEntry heading = entries.get(0);
        assertThat(heading.line()).isEqualTo(20);
        assertThat(heading.textLine()).isEqualTo(22);
        assertThat(heading.text()).startsWith("First paragraph");
        assertThat(heading.lineAt(heading.text().indexOf("GameManager"))).isEqualTo(25);
        assertThat(entries.get(1).line()).isEqualTo(26);
    }

    @Test
    void readsNestedEntriesAndKeepsNestedBulletsAndCodeWithTheirEntry() {
        List<LogEntry> entries = EntryParser.parse("""
                - 2025-05-09 16:05: `core-architect` completed the task:
                    - Read the task file.
                    - [2025-05-09 16:06] a nested entry with its own time
                ```
                - [2025-05-09 16:07] inside a fence
                ```
                \\- [2025-05-09 16:08] escaped by the writer
                """, 1, new Problems("log.md"));
        assertThat(entries).extracting(LogEntry::line).containsExactly(1, 3);
        assertThat(entries.get(0).text()).contains("- Read the task file.");
        assertThat(entries.get(1).text()).contains("inside a fence").contains("- [2025-05-09 16:08] escaped");
    }

    @Test
    void linesThatAreNoEntries() {
        for (String line : new String[] {
            "2025-05-09abc",
            "- 20250509 not a compact stamp without brackets",
            "[123456789012] not a time",
            "\\[2025-05-09 10:00] escaped",
            "| 2025-05-09 | table",
            "See 2025-05-09 in prose",
            "#2025-05-09 no space",
            "- [2025-05-09](link.md) a link",
            "  ",
            ""
        }) {
            assertThat(EntryStart.read(line)).as(line).isNull();
        }
    }
}
