package org.sessionledger.fs.task;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.task.TaskShape;
import org.sessionledger.domain.task.TaskStatus;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.parse.BoldFields;
import org.sessionledger.fs.parse.Checklists;
import org.sessionledger.fs.parse.EntryParser;
import org.sessionledger.fs.parse.Fields;
import org.sessionledger.fs.parse.FrontMatter;
import org.sessionledger.fs.parse.FrontMatterFields;
import org.sessionledger.fs.parse.FrontMatterSplitter;
import org.sessionledger.fs.parse.KnownActors;
import org.sessionledger.fs.read.Problems;
import org.sessionledger.fs.read.SafeFileReader;
import org.sessionledger.fs.read.Workspace;

/**
 * Reads an MDTM task file in any of its three shapes (TOML front matter, YAML front matter, bold metadata lines)
 * into one {@link Task}, with checklist progress and the task's own log.
 */
public final class TaskReader {

    private static final Pattern HEADING = Pattern.compile("(?m)^#\\s+(.+?)\\s*$");
    private static final Pattern LOG_HEADING = Pattern.compile("(?mi)^#{1,3}\\s+.*\\blog\\b.*$");

    private final Workspace workspace;
    private final SafeFileReader reader;
    private final KnownActors actors;

    public TaskReader(FsSettings settings) {
        this(settings, KnownActors.NONE);
    }

    /** A reader that takes the names in {@code actors} (the workspace's modes) as log entries' actors first. */
    public TaskReader(FsSettings settings, KnownActors actors) {
        this.actors = actors;
        this.workspace = new Workspace(settings.root());
        this.reader = new SafeFileReader(workspace, settings.maxFileBytes());
    }

    /** What reading a task file gave: the task, unless the file could not be read at all. */
    public record Result(Optional<Task> task, List<Diagnostic> diagnostics) {}

    public Result read(Path file) {
        Problems problems = new Problems(workspace.relative(file));
        Optional<String> text = reader.read(file, problems);
        if (text.isEmpty()) {
            return new Result(Optional.empty(), problems.all());
        }
        return new Result(
                Optional.of(parse(workspace.relative(file), fileId(file), text.get(), problems, actors)),
                problems.all());
    }

    /** Parses task text; {@code path} names the file in the model and in diagnostics. */
    public static Task parse(String path, String fallbackId, String text, Problems problems) {
        return parse(path, fallbackId, text, problems, KnownActors.NONE);
    }

    /** As {@link #parse(String, String, String, Problems)}, preferring the names in {@code actors} as actors. */
    public static Task parse(String path, String fallbackId, String text, Problems problems, KnownActors actors) {
        FrontMatter doc = FrontMatterSplitter.split(text);
        Optional<Fields> frontMatter = FrontMatterFields.parse(doc, problems);
        TaskShape shape = switch (doc.delimiter()) {
            case TOML -> TaskShape.TOML;
            case YAML -> TaskShape.YAML;
            case NONE -> TaskShape.BOLD_LINES;
        };
        Fields fields = frontMatter.orElseGet(() -> BoldFields.parse(doc.body(), doc.bodyLine()));
        if (shape == TaskShape.BOLD_LINES && fields.asMap().isEmpty()) {
            problems.info(1, DiagnosticKind.MISSING_FRONT_MATTER, "No front matter and no bold metadata lines.");
        }
        String statusText = fields.text(problems, "status").orElse("");
        Optional<TaskStatus> status = TaskStatus.parse(statusText);
        if (!statusText.isEmpty() && status.isEmpty()) {
            problems.warn(
                    fields.lineOf("status"),
                    DiagnosticKind.UNKNOWN_STATUS,
                    "Unknown task status '" + statusText + "'.");
        }
        String id = fields.text(problems, "id", "task_id").orElse(fallbackId);
        String assignee =
                fields.text(problems, "assigned_to", "assignee", "assigned").orElse("");
        String coordinator = fields.text(problems, "coordinator").orElse("");
        return new Task(
                id,
                path,
                shape,
                fields.text(problems, "title").or(() -> heading(doc.body())).orElse(id),
                status,
                statusText,
                fields.text(problems, "type", "task_type").orElse(""),
                fields.text(problems, "priority").orElse(""),
                assignee,
                coordinator,
                fields.text(problems, "parent_task_id", "parent_task", "parent", "master_task"),
                fields.list(problems, "depends_on", "dependencies"),
                fields.list(problems, "input_artifacts"),
                fields.list(problems, "output_artifacts"),
                fields.list(problems, "related_docs", "references"),
                fields.list(problems, "tags"),
                fields.text(problems, "RooComSessionID", "roocomsessionid", "session_id", "session"),
                fields.time(problems, "created_date", "created_at", "created"),
                fields.time(problems, "updated_date", "updated_at", "updated", "last_updated"),
                Checklists.count(doc.body()),
                logEntries(doc, problems, actors.with(coordinator, assignee)));
    }

    private static List<LogEntry> logEntries(FrontMatter doc, Problems problems, KnownActors actors) {
        String body = doc.body();
        Matcher log = LOG_HEADING.matcher(body);
        if (!log.find()) {
            return EntryParser.parse(body, doc.bodyLine(), problems, actors);
        }
        int lineOffset = (int)
                body.substring(0, log.start()).chars().filter(c -> c == '\n').count();
        return EntryParser.parse(body.substring(log.start()), doc.bodyLine() + lineOffset, problems, actors);
    }

    private static Optional<String> heading(String body) {
        Matcher m = HEADING.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String fileId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
