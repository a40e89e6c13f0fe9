package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.fs.read.Problems;

/**
 * Logs generated from the entry shapes of real files — every shape, every way of writing a time, nested bullets,
 * paragraphs, headings, code blocks (with entry-like lines inside) and blank lines between — read back with the
 * generated count, times, actors and lines, and with every line of text dropped into an entry pointing at its own
 * line of the file.
 */
class EntryShapeProperties {

    /** A shape: the first line(s) with {@code {t}} (time), {@code {a}} (actor) and {@code {x}} (text). */
    private record Shape(String template, boolean hasActor, boolean compact) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape("- [{t}] `{a}`: {x}", true, false),
            new Shape("- **{t}** - {a}: {x}", true, false),
            new Shape("- **[{t}]** [{a}] {x}", true, false),
            new Shape("*   **{t}** - `{a}` - {x}", true, false),
            new Shape("- `[{t}]` `{a}` - {x}", true, false),
            new Shape("- {t} - {x} by `{a}`", true, false),
            new Shape("- [ ] **{t}** {a}: {x}", true, false),
            new Shape("[{t}] {x} from {a}", true, false),
            new Shape("**[{t}]** {x}", false, false),
            new Shape("{t} - {x}", false, false),
            new Shape("[{t}] [Roo Commander] INFO: {x}", false, true),
            new Shape("### {t} - {a}: {x}", true, false),
            new Shape("## [{t}] {x}", false, false),
            new Shape("### {t}", false, false),
            new Shape("---\ntimestamp: {t}\nmode: {a}\nevent: {x}\n---", true, false),
            new Shape("---\n**Timestamp:** {t}\n**Actor:** {a}\n**Message:** {x}\n---", true, false),
            new Shape("1. [{t}] {x}", false, false),
            new Shape("   - [{t}] `{a}`: {x}", true, false),
            new Shape("_{t}_ {a} - {x}", true, false));

    /** How a time is written, and what of it survives the writing. */
    private record Format(String pattern, ChronoUnit precision) {}

    private static final List<Format> FORMATS = List.of(
            new Format("yyyy-MM-dd HH:mm:ss", ChronoUnit.SECONDS),
            new Format("yyyy-MM-dd'T'HH:mm:ss'Z'", ChronoUnit.SECONDS),
            new Format("yyyy-MM-dd HH:mm", ChronoUnit.MINUTES),
            new Format("yyyy-MM-dd'T'HH:mmX", ChronoUnit.MINUTES),
            new Format("yyyy-MM-dd'T'HH:mm:ssxxx", ChronoUnit.SECONDS),
            new Format("yyyy-MM-dd HH:mm:ss 'UTC'", ChronoUnit.SECONDS),
            new Format("yyyy-MM-dd", ChronoUnit.DAYS));

    private static final List<Format> COMPACT =
            List.of(new Format("yyMMddHHmmss", ChronoUnit.SECONDS), new Format("yyMMddHHmm", ChronoUnit.MINUTES));

    /** One generated entry: what is written and what must be read. */
    private record Generated(List<String> lines, Instant time, String actor, List<Integer> markedLines) {}

    @Property(tries = 600)
    void readsEveryGeneratedEntryWithItsTimeActorAndLines(@ForAll("logs") List<Generated> log) {
        List<String> file = new ArrayList<>(List.of("# Session Log", "", "## Log Entries", ""));
        List<Integer> starts = new ArrayList<>();
        List<List<Integer>> marks = new ArrayList<>();
        for (Generated g : log) {
            starts.add(file.size() + 1);
            List<Integer> lines = new ArrayList<>();
            g.markedLines().forEach(i -> lines.add(file.size() + 1 + i));
            marks.add(lines);
            file.addAll(g.lines());
        }
        List<LogEntry> entries = EntryParser.parse(String.join("\n", file), 1, new Problems("log.md"));

        assertThat(entries).extracting(LogEntry::line).containsExactlyElementsOf(starts);
        for (int i = 0; i < entries.size(); i++) {
            LogEntry entry = entries.get(i);
            assertThat(entry.time().instant())
                    .as(entry.time().text())
                    .contains(log.get(i).time());
            assertThat(entry.actor())
                    .as(String.join("\n", log.get(i).lines()))
                    .isEqualTo(log.get(i).actor());
            for (int k = 0; k < marks.get(i).size(); k++) {
                String mark = "zq" + k + "q";
                assertThat(entry.lineAt(entry.text().indexOf(mark)))
                        .as(mark)
                        .isEqualTo(marks.get(i).get(k));
            }
        }
    }

    @Provide
    Arbitrary<List<Generated>> logs() {
        return entry().list().ofMinSize(1).ofMaxSize(12);
    }

    private Arbitrary<Generated> entry() {
        Arbitrary<Instant> instants = Arbitraries.longs()
                .between(
                        Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2030-01-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<String> slugs = Combinators.combine(word(), word()).as((a, b) -> a + "-" + b);
        Arbitrary<String> texts = word().list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
        Arbitrary<List<String>> body = continuation().list().ofMaxSize(6).map(pieces -> {
            List<String> lines = new ArrayList<>();
            pieces.forEach(lines::addAll);
            return lines;
        });
        return Combinators.combine(
                        Arbitraries.of(SHAPES),
                        instants,
                        Arbitraries.integers().between(0, FORMATS.size() - 1),
                        Arbitraries.integers().between(-11, 12),
                        slugs,
                        texts,
                        body)
                .as(EntryShapeProperties::generate);
    }

    private static Generated generate(
            Shape shape, Instant at, int format, int offsetHours, String actor, String text, List<String> body) {
        Format f = shape.compact() ? COMPACT.get(format % COMPACT.size()) : FORMATS.get(format);
        Instant time = at.truncatedTo(f.precision());
        ZoneOffset zone = f.pattern().endsWith("xxx") ? ZoneOffset.ofHours(offsetHours) : ZoneOffset.UTC;
        String written = DateTimeFormatter.ofPattern(f.pattern()).withZone(zone).format(time);
        String first =
                shape.template().replace("{t}", written).replace("{a}", actor).replace("{x}", text);
        List<String> lines = new ArrayList<>(List.of(first.split("\n", -1)));
        List<Integer> marked = new ArrayList<>();
        int mark = 0;
        for (String line : body) {
            if (line.contains("{m}")) {
                marked.add(lines.size());
                line = line.replace("{m}", "zq" + mark++ + "q");
            }
            lines.add(line);
        }
        String who = shape.hasActor() ? actor : (shape.compact() ? "Roo Commander" : "");
        return new Generated(lines, time, who, marked);
    }

    /** Lines that belong to the entry above them. */
    private static Arbitrary<List<String>> continuation() {
        Arbitrary<String> words = word().list().ofMinSize(1).ofMaxSize(5).map(w -> String.join(" ", w));
        return Arbitraries.oneOf(
                words.map(w -> List.of("  - " + w + " {m}")),
                words.map(w -> List.of("    - nested " + w + " {m}")),
                words.map(w -> List.of(w + " {m}")),
                Arbitraries.just(List.of("")),
                words.map(w -> List.of("```", "- [2025-01-01 10:00:00] " + w + " {m}", "```")),
                words.map(w -> List.of("~~~text", "### 2025-01-01 not an entry inside a fence", "~~~")),
                words.map(w -> List.of("## " + w + " {m}")),
                words.map(w -> List.of("    code " + w + " {m}")),
                words.map(w -> List.of("---", w + " {m}", "---")),
                words.map(w -> List.of("> quoted " + w + " {m}")));
    }

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(7);
    }
}
