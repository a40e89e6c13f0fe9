package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.diagnostic.Severity;
import org.sessionledger.domain.session.Session;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.parse.FrontMatter.Delimiter;
import org.sessionledger.fs.read.Problems;
import org.sessionledger.fs.session.SessionReader;

/** Front matter that lost its opening line, carries a comment on it, or escapes what a lenient reading must undo. */
class FrontMatterRecoveryTest {

    private static final String LOST_OPENING = """
            # --- Session Metadata ---
            id = "SESSION-Lost-2506051200"
            title = "Lost its first line"
            status = "🟢 Active"
            start_time = "2025-06-05 12:00:00"
            tags = [
                "a", # comment
                "b"
            ]
            +++

            # Session Log

            - [2025-06-05 12:00:00] Session initiated by `roo-commander`
            """;

    @Test
    void recoversTheKeysOfABlockWithoutItsOpeningLineAndReportsIt() {
        FrontMatter doc = FrontMatterSplitter.split(LOST_OPENING);
        assertThat(doc.delimiter()).isEqualTo(Delimiter.TOML);
        assertThat(doc.opened()).isFalse();
        assertThat(doc.blockLine()).isEqualTo(1);
        assertThat(doc.bodyLine()).isEqualTo(11);
        assertThat(doc.body()).startsWith("\n# Session Log");
        Problems problems = new Problems("log.md");
        Fields fields = FrontMatterFields.parse(doc, problems).orElseThrow();
        assertThat(fields.text(problems, "title")).contains("Lost its first line");
        assertThat(fields.list(problems, "tags")).containsExactly("a", "b");
        assertThat(problems.all())
                .extracting(Diagnostic::kind, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiagnosticKind.UNOPENED_FRONT_MATTER, 1));
        assertThat(problems.all().get(0).message()).contains("line 10");
    }

    @Test
    void markdownThatMerelyLooksLikeTomlIsNoFrontMatter() {
        assertThat(FrontMatterSplitter.split("# Title\n+++\n").delimiter()).isEqualTo(Delimiter.NONE);
        assertThat(FrontMatterSplitter.split("# Title\nSome prose = not a key line?\n+++\n")
                        .delimiter())
                .isEqualTo(Delimiter.NONE);
        assertThat(FrontMatterSplitter.split("Words first\nid = \"x\"\n+++\n").delimiter())
                .isEqualTo(Delimiter.NONE);
    }

    @Test
    void readsAnOpeningLineThatCarriesACommentAndReportsTheComment() {
        FrontMatter doc = FrontMatterSplitter.split("+++  // TOML frontmatter\nid = \"x\"\ntitle = \"t\"\n+++\nbody\n");
        assertThat(doc.delimiter()).isEqualTo(Delimiter.TOML);
        assertThat(doc.openingComment()).isEqualTo("// TOML frontmatter");
        assertThat(doc.body()).isEqualTo("body\n");
        Problems problems = new Problems("log.md");
        Fields fields = FrontMatterFields.parse(doc, problems).orElseThrow();
        assertThat(fields.text(problems, "title")).contains("t");
        assertThat(problems.all())
                .extracting(Diagnostic::kind, Diagnostic::severity, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiagnosticKind.MALFORMED_TOML, Severity.INFO, 1));
    }

    @Test
    void theLenientReaderUndoesEscapesLeftToRight() {
        assertThat(LenientToml.unescape("a\\\\nb")).isEqualTo("a\\nb");
        assertThat(LenientToml.unescape("a\\nb")).isEqualTo("a\nb");
        assertThat(LenientToml.unescape("say \\\"hi\\\" \\\\")).isEqualTo("say \"hi\" \\");
        assertThat(LenientToml.unescape("\\u00e9\\U0001F3C1 \\q")).isEqualTo("é🏁 \\q");
        assertThat(LenientToml.unescape("trailing \\")).isEqualTo("trailing \\");
        Fields fields = Fields.empty();
        LenientToml.extract("title = \"C:\\\\new\\\\dir\"\nbroken = [\n", 1, fields);
        assertThat(fields.text(new Problems("x"), "title")).contains("C:\\new\\dir");
    }

    @Test
    void keepsUnknownKeysInTheFileOrder(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve(".mdtm/sessions/SESSION-Order-20250605-120000"));
        StringBuilder toml = new StringBuilder("+++\nid = \"SESSION-Order-20250605-120000\"\ntitle = \"t\"\n");
        for (String key : new String[] {"zeta", "alpha", "mid", "beta", "omega", "gamma", "delta", "kappa", "iota"}) {
            toml.append(key).append(" = \"").append(key).append("\"\n");
        }
        Files.writeString(dir.resolve("session_log.md"), toml + "+++\n");
        Session session = new SessionReader(FsSettings.of(root)).read(dir).session();
        assertThat(session.extra().keySet())
                .containsExactly("zeta", "alpha", "mid", "beta", "omega", "gamma", "delta", "kappa", "iota");
    }
}
