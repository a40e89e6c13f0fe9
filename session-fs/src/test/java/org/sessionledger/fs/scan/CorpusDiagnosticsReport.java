package org.sessionledger.fs.scan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;

/**
 * Prints what a scan of the shared corpus reports: diagnostics by kind and severity, sessions, tasks and entries, and
 * the lines that look like the start of an entry (a timestamp after indentation, list markers, boxes, emphasis,
 * brackets or backticks, outside code fences) but were not read as one. Run it before and after a change of the
 * reader and compare ({@code target/corpus-diagnostics.txt}). Asserts nothing: it is a measuring tool.
 */
class CorpusDiagnosticsReport {

    private static final Logger LOG = Logger.getLogger(CorpusDiagnosticsReport.class);

    /** Deliberately independent of the parser: anything that starts, after decoration, with a date or a compact stamp. */
    private static final Pattern LOOKS_LIKE_ENTRY = Pattern.compile("^[\\s>]*(?:(?:[-*+]|\\d{1,3}[.)]|#{1,6})\\s+)?"
            + "(?:\\[[^\\]]{0,2}]\\s+)?[*_`\\[\\s]*(?:\\d{4}-\\d{2}-\\d{2}|\\d{10}(?:\\d{2})?]|YYYY-MM-DD|\\{\\{)");

    @Test
    void printsTheCorpusDiagnosticsByKind() throws IOException {
        String configured = System.getProperty("sessionledger.corpus", "");
        Path corpus = (configured.isBlank() ? Path.of("../../shared/corpus") : Path.of(configured))
                .toAbsolutePath()
                .normalize();
        assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
        Map<String, Long> byKind = new TreeMap<>();
        int sessions = 0;
        int tasks = 0;
        int entries = 0;
        List<String> unread = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Path workspace : workspaces(corpus)) {
            WorkspaceScan scan = new WorkspaceScanner(FsSettings.of(workspace)).scan();
            for (Diagnostic d : scan.diagnostics()) {
                all.add(corpus.relativize(workspace) + "/" + d.format());
                byKind.merge(
                        d.kind().name() + " (" + d.severity().name().toLowerCase(java.util.Locale.ROOT) + ")",
                        1L,
                        Long::sum);
            }
            for (Session s : scan.sessions()) {
                sessions++;
                entries += s.entries().size();
                unread(workspace.resolve(s.directory()).resolve("session_log.md"), s.entries(), unread, corpus);
            }
            for (Task t : scan.tasks()) {
                tasks++;
                entries += t.entries().size();
                unread(workspace.resolve(t.path()), t.entries(), unread, corpus);
            }
        }
        StringBuilder report = new StringBuilder();
        report.append("sessions ")
                .append(sessions)
                .append(", tasks ")
                .append(tasks)
                .append(", entries ")
                .append(entries)
                .append(", entry-like lines not read as entries ")
                .append(unread.size())
                .append('\n');
        byKind.forEach((kind, count) -> report.append(String.format("%-36s %6d%n", kind, count)));
        unread.forEach(line -> report.append("  unread: ").append(line).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/corpus-diagnostics-all.txt"), all);
        Files.writeString(Path.of("target/corpus-diagnostics.txt"), report);
        LOG.infof("Shared corpus diagnostics by kind:%n%s", report);
    }

    private static void unread(Path file, List<LogEntry> entries, List<String> unread, Path corpus) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Set<Integer> starts = new HashSet<>();
        entries.forEach(e -> starts.add(e.line()));
        String[] lines = Files.readString(file).split("\\r?\\n|\\r", -1);
        boolean fence = false;
        boolean frontMatter = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.strip().startsWith("+++")) {
                frontMatter = true;
                continue;
            }
            if (frontMatter) {
                frontMatter = !line.strip().equals("+++");
                continue;
            }
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fence = !fence;
            } else if (!fence && LOOKS_LIKE_ENTRY.matcher(line).find() && !starts.contains(i + 1)) {
                unread.add(corpus.relativize(file) + ":" + (i + 1) + ": " + abbreviate(line));
            }
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 100 ? line.substring(0, 100) + "…" : line;
    }

    private static List<Path> workspaces(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus, 4)) {
            List<Path> found = walk.filter(Files::isDirectory)
                    .filter(d -> Files.isDirectory(d.resolve(".ruru"))
                            || Files.isDirectory(d.resolve(".mdtm"))
                            || Files.isDirectory(d.resolve(".roo"))
                            || Files.isDirectory(d.resolve(".#legacy-content")))
                    .toList();
            return found.isEmpty() ? List.of(corpus) : found;
        }
    }
}
