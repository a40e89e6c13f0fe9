package org.sessionledger.fs.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.fs.layout.SessionLayout;

/**
 * Hands a session over to another user: sets {@code owner}, appends to {@code handoffs}, logs the handoff and writes
 * a handoff packet under summaries/ (status, last entries, open questions, blockers, next steps), linked from
 * related_artifacts.
 */
public final class HandoffWriter {

    private static final int LAST_ENTRIES = 10;
    private static final Pattern OPEN_ITEM = Pattern.compile("(?m)^\\s*[-*+]\\s+\\[ ]\\s+(.+)$");

    private final SessionWriter writer;

    public HandoffWriter(SessionWriter writer) {
        this.writer = writer;
    }

    public WriteResult handoff(
            Path dir, String from, String to, String note, Optional<String> expectedHash, Instant now)
            throws IOException {
        String recipient = WriteRules.user(to, "user who takes the session over");
        String why = WriteRules.optionalText(note, "handoff note", writer.maxEntryBytes());
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        return writer.edit(dir, expectedHash, (session, head) -> {
            String folder = Files.isDirectory(dir.resolve(SessionLayout.ARTIFACTS), LinkOption.NOFOLLOW_LINKS)
                            || !Files.isDirectory(dir.resolve("summaries"), LinkOption.NOFOLLOW_LINKS)
                    ? SessionLayout.ARTIFACTS + "/summaries"
                    : "summaries";
            String relative = SessionWriter.free(
                    dir,
                    folder,
                    "HANDOFF-" + SessionWriter.sanitize(recipient) + "-" + SessionWriter.FILE_TIME.format(at));
            FrontMatterEditor editor = head.editor();
            editor.setString("owner", recipient);
            editor.appendToArray("handoffs", at + " " + from + " -> " + recipient + (why.isEmpty() ? "" : ": " + why));
            editor.appendToArray("related_artifacts", relative);
            String entry = SessionWriter.entry(
                    at,
                    "Session handed off from `" + from + "` to `" + recipient + "`" + (why.isEmpty() ? "" : ": " + why)
                            + ". Handoff packet: `" + relative + "`");
            return new LogEditor.Change(
                    entry,
                    List.of(new LogEditor.NewFile(relative, packet(dir, session.get(), from, recipient, why, at))));
        });
    }

    private static String packet(Path dir, Session s, String from, String to, String note, Instant at)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("+++\n")
                .append("title = ")
                .append(FrontMatterEditor.quote("Handoff of " + s.title()))
                .append('\n')
                .append("session = ")
                .append(FrontMatterEditor.quote(s.id().value()))
                .append('\n')
                .append("from = ")
                .append(FrontMatterEditor.quote(from))
                .append('\n')
                .append("to = ")
                .append(FrontMatterEditor.quote(to))
                .append('\n')
                .append("created = ")
                .append(FrontMatterEditor.quote(at.toString()))
                .append('\n')
                .append("+++\n\n")
                .append("# Handoff: ")
                .append(s.title())
                .append("\n\n")
                .append("- **From:** ")
                .append(from)
                .append("\n- **To:** ")
                .append(to)
                .append("\n- **Status:** ")
                .append(s.statusText().isBlank() ? "unknown" : s.statusText())
                .append("\n- **Started:** ")
                .append(s.start().text())
                .append("\n- **Coordinator:** ")
                .append(s.coordinator())
                .append("\n\n");
        if (note != null && !note.isBlank()) {
            md.append("## Note\n\n").append(note.strip()).append("\n\n");
        }
        md.append("## Last entries\n\n");
        List<LogEntry> entries = s.entries();
        entries.subList(Math.max(0, entries.size() - LAST_ENTRIES), entries.size())
                .forEach(e -> md.append("- ")
                        .append(e.time().text().isBlank() ? "" : "[" + e.time().text() + "] ")
                        .append(e.text().lines().findFirst().orElse(""))
                        .append('\n'));
        section(md, "Open questions", s, ArtifactCategory.QUESTIONS);
        section(md, "Blockers", s, ArtifactCategory.BLOCKERS);
        md.append("\n## Next steps\n\n");
        List<String> open = openItems(dir, s);
        if (open.isEmpty()) {
            md.append("No open checklist items were found in the artifacts.\n");
        }
        open.forEach(item -> md.append("- [ ] ").append(item).append('\n'));
        return md.toString();
    }

    private static void section(StringBuilder md, String heading, Session s, ArtifactCategory category) {
        md.append("\n## ").append(heading).append("\n\n");
        List<Artifact> found = s.contentArtifacts().stream()
                .filter(a -> a.category() == category)
                .toList();
        if (found.isEmpty()) {
            md.append("None recorded.\n");
        }
        found.forEach(a ->
                md.append("- ").append(a.title()).append(" (`").append(a.path()).append("`)\n"));
    }

    /** Unticked checklist items of the session's Markdown artifacts, in file order. */
    private static List<String> openItems(Path dir, Session s) throws IOException {
        List<String> items = new ArrayList<>();
        for (Artifact a : s.contentArtifacts()) {
            Path file = dir.resolve(a.path());
            if (a.fileName().endsWith(".md")
                    && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(file) < 1_000_000) {
                Matcher m = OPEN_ITEM.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                while (m.find()) {
                    items.add(m.group(1).strip() + " (" + a.fileName() + ")");
                }
            }
        }
        return items;
    }
}
