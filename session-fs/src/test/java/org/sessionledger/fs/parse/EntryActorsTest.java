package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.fs.read.Problems;

/** Who wrote an entry, for a table of real-looking lines: a mode slug or a named role, never a word of prose. */
class EntryActorsTest {

    private static final KnownActors WORKSPACE = KnownActors.of(Set.of("roo-commander", "architect", "code"));

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", textBlock = """
            "- `[2025-05-09T18:08:00Z]` `framework-nextjs` - Started processing the task" | framework-nextjs
            "- [2025-05-09 10:00] [dev-python] Ran the tests"                               | dev-python
            "- [2025-05-09 10:00] `dev-python`: Ran the tests"                              | dev-python
            "- 2025-05-09 19:06: util-typescript: Processed MDTM task `TASK-TS-1`."         | util-typescript
            "- 2025-05-09 19:06 - roo-commander - Delegated the work"                       | roo-commander
            "- [2025-06-05 10:02:15] Session initiated by `roo-commander` with goal: x"     | roo-commander
            "*   2025-05-29T17:20:00 - Task created by roo-commander."                      | roo-commander
            "- [2025-06-05 10:04:00] Received result from `dev-python` for task `TASK-A-1`" | dev-python
            "- [2025-06-05 10:04:00] Reviewed by @lee"                                      | lee
            "[250509175351] [Roo Commander] INFO: Processed completion of research task"   | roo-commander
            "- `[2025-05-09T19:32:43Z]` **util-typescript**: Completed cleanup"            | util-typescript
            "- `[2025-05-09 19:51:53 UTC]` **TypeScript Specialist (`util-typescript`)**: x" | util-typescript
            "*   `[2025-06-05 03:29:51]` **Mode Maintainer:** Starting task"               | Mode Maintainer
            "*   **2025-05-09 18:18 UTC - `util-typescript` (TASK-TS-250509181500):**"     | util-typescript
            "### 2025-04-13 (Technical Writer)"                                             | Technical Writer
            "- [2025-05-09 10:00] architect: drew the diagram"                              | architect
            "- [2025-05-09 10:00] Loaded the board from DraftBoard.tsx"                     | ""
            "- [2025-05-09 10:00] Moved away from complex state handling"                   | ""
            "- [2025-05-09 10:00] Read from `src/app/page.tsx`"                             | ""
            "- [2025-05-09 10:00] Note: nothing by anyone"                                  | ""
            "- [2025-05-09 10:00] follow-up: check the build"                               | ""
            "- [2025-05-09 10:00] **Decision:** use PixiJS"                                 | ""
            "- [2025-05-09 10:00] [INFO] started"                                           | ""
            "- [2025-05-09 10:00] Delegated task `TASK-A-1` to `dev-python`: objective"     | ""
            "- [2025-05-09 10:00] Installed `pixi.js` by hand"                              | ""
            "- [2025-05-09 10:00] `TASK-A-1`: done"                                         | ""
            "- [2025-05-09 10:00] summary: all green"                                       | ""
            "- [2025-05-09 10:00] code: wrote the module"                                   | code
            """)
    void findsTheActor(String line, String actor) {
        List<LogEntry> entries = EntryParser.parse(line, 1, new Problems("log.md"), WORKSPACE);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).actor()).isEqualTo(actor);
    }

    @Test
    void aNameTheFileItselfGivesIsKnown() {
        String line = "- [2025-05-09 10:00] reviewer: approved";
        assertThat(EntryParser.parse(line, 1, new Problems("log.md"), KnownActors.NONE)
                        .get(0)
                        .actor())
                .isEmpty();
        assertThat(EntryParser.parse(line, 1, new Problems("log.md"), KnownActors.NONE.with("reviewer"))
                        .get(0)
                        .actor())
                .isEqualTo("reviewer");
    }

    @Test
    void learnsTheModesOfTheWorkspaceFromItsFolders(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve(".ruru/modes/dev-python"));
        Files.createDirectories(root.resolve(".roo/rules-architect"));
        Files.createDirectories(root.resolve(".roopm/modes/planner"));
        Files.writeString(root.resolve(".roomodes"), "{\"customModes\": [{\"slug\": \"ask\", \"name\": \"Ask\"}]}");
        KnownActors known = KnownActors.ofWorkspace(root);
        assertThat(List.of("dev-python", "architect", "planner", "ask", "ASK")).allMatch(known::contains);
        assertThat(known.contains("modes")).isFalse();
    }
}
