package org.sessionledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic (seeded) workspace of about {@code files} files: sessions in all three roots and layouts,
 * log entries, artifacts with realistic Markdown (headings, lists, code, tables, long lines, non-ASCII), MDTM tasks
 * with parent and dependency links, and a few malformed files. File sizes are log-normal (median about 3 KB,
 * capped at 1 MB).
 *
 * <p>Usage: {@code CorpusGenerator <dir> <files> [seed]}
 */
public final class CorpusGenerator {

    private static final List<String> ROOTS = List.of(".roo/commander/sessions", ".mdtm/sessions", ".ruru/sessions");
    private static final List<String> CATEGORIES = List.of(
            "notes",
            "learnings",
            "questions",
            "design_outputs",
            "summaries",
            "research",
            "blockers",
            "context",
            "snippets");
    /** The words of the generated text (the search probe builds its queries from them). */
    static final List<String> WORDS = List.of(
            "ledger",
            "session",
            "index",
            "search",
            "artifact",
            "handoff",
            "parser",
            "schema",
            "deploy",
            "review",
            "latency",
            "checkout",
            "payment",
            "invoice",
            "migration",
            "cluster",
            "token",
            "coverage",
            "release",
            "rollback",
            "cache",
            "quota",
            "sandbox",
            "pipeline",
            "résumé",
            "naïve",
            "Übersicht",
            "日本語",
            "données",
            "façade");

    private static final DateTimeFormatter DIR =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ENTRY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Random random;
    private final Path root;
    private long bytes;
    private int written;

    private CorpusGenerator(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        CorpusGenerator generator = new CorpusGenerator(dir, seed);
        generator.generate(files);
        java.io.PrintStream out = System.out;
        out.printf("{\"files\": %d, \"bytes\": %d}%n", generator.written, generator.bytes);
    }

    private void generate(int files) throws IOException {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        int session = 0;
        int task = 0;
        while (written < files) {
            t = t.plusSeconds(600 + random.nextInt(7200));
            String rootName = ROOTS.get(session % ROOTS.size());
            boolean direct = rootName.startsWith(".mdtm");
            String id = "SESSION-" + word() + "_" + word() + "-" + DIR.format(t);
            Path dir = root.resolve(rootName).resolve(id);
            int artifacts = 3 + random.nextInt(12);
            StringBuilder related = new StringBuilder();
            StringBuilder log = new StringBuilder();
            log.append("- [")
                    .append(ENTRY.format(t))
                    .append("] Session initiated by `roo-commander` with goal: \"")
                    .append(sentence(6))
                    .append("\"\n");
            for (int a = 0; a < artifacts && written < files - 1; a++) {
                String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
                String rel = (direct ? "" : "artifacts/") + category + "/"
                        + category.toUpperCase().replace("S", "") + "-" + word() + "-" + a + ".md";
                write(dir.resolve(rel), markdown(sentence(4)));
                related.append(a == 0 ? "" : ", ").append('"').append(rel).append('"');
                log.append("- [")
                        .append(ENTRY.format(t.plusSeconds(60L * (a + 1))))
                        .append("] Created artifact: `")
                        .append(rel)
                        .append("` (Type: ")
                        .append(category)
                        .append(")\n");
            }
            String taskId = "TASK-BENCH-" + DIR.format(t) + "-" + task;
            String parent = task > 0 && random.nextInt(3) == 0 ? "TASK-BENCH-parent-" + (task - 1) : "";
            if (written < files) {
                write(root.resolve(".ruru/tasks/BENCH/" + taskId + ".md"), task(taskId, id, parent, t));
                task++;
            }
            log.append("- [")
                    .append(ENTRY.format(t.plusSeconds(3600)))
                    .append("] Delegated task `")
                    .append(taskId)
                    .append("` to `dev-java`: ")
                    .append(sentence(8))
                    .append('\n');
            boolean broken = session % 97 == 13;
            String status = List.of("🟢 Active", "⏸️ Paused", "🏁 Completed", "🔴 Error")
                    .get(random.nextInt(4));
            String front = "+++\nid = \"" + id + "\"\ntitle = \"" + sentence(5) + "\"\nstatus = \"" + status
                    + "\"\nstart_time = \"" + t + "\"\ncoordinator = \"roo-commander\"\nrelated_tasks = [\"" + taskId
                    + "\"]\nrelated_artifacts = [" + related + "]\ntags = [\"" + word() + "\", \"" + word() + "\"]\n"
                    + (broken ? "tags = [\n  \"a\" \"b\"\n" : "") + "+++\n\n# Session Log\n\n## Log Entries\n\n";
            write(dir.resolve("session_log.md"), front + log);
            session++;
        }
    }

    private String task(String id, String session, String parent, Instant t) {
        return "+++\nid = \"" + id + "\"\ntitle = \"" + sentence(5)
                + "\"\nstatus = \"🟡 To Do\"\ntype = \"🌟 Feature\"\n"
                + "created_date = \"" + t + "\"\nRooComSessionID = \"" + session + "\"\n"
                + (parent.isEmpty() ? "" : "parent_task_id = \"" + parent + "\"\n")
                + "depends_on = []\n+++\n\n# " + sentence(5) + "\n\n## Acceptance Criteria\n\n- [x] " + sentence(6)
                + "\n- [ ] "
                + sentence(6) + "\n\n## Log Entries 🪵\n\n*   " + t + " - Task created by roo-commander.\n";
    }

    /** Markdown of a log-normal size: median ~3 KB, at most 1 MB. */
    private String markdown(String title) {
        long target =
                Math.min(1_000_000, Math.max(200, Math.round(Math.exp(Math.log(3000) + 1.0 * random.nextGaussian()))));
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        while (md.length() < target) {
            switch (random.nextInt(6)) {
                case 0 -> md.append("## ").append(sentence(3)).append("\n\n");
                case 1 ->
                    md.append("- ")
                            .append(sentence(8))
                            .append("\n- ")
                            .append(sentence(6))
                            .append("\n\n");
                case 2 ->
                    md.append("```java\nvar ")
                            .append(word().replaceAll("\\W", "x"))
                            .append(" = ")
                            .append(random.nextInt(1000))
                            .append(";\n```\n\n");
                case 3 ->
                    md.append("| a | b |\n|---|---|\n| ")
                            .append(word())
                            .append(" | ")
                            .append(word())
                            .append(" |\n\n");
                case 4 -> md.append(sentence(60)).append("\n\n");
                default ->
                    md.append(sentence(14)).append(' ').append(sentence(10)).append("\n\n");
            }
        }
        return md.toString();
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(word());
        }
        return s.toString();
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, data);
        bytes += data.length;
        written++;
    }
}
