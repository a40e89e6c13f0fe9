package org.sessionledger.index.snapshot;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.diagnostic.Severity;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeKind;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.EntryKind;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionId;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.domain.session.WrittenTime;
import org.sessionledger.domain.task.Checklist;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.task.TaskShape;
import org.sessionledger.domain.task.TaskStatus;

/**
 * Binary form of the domain records a snapshot holds: UTF-8 strings, enums by name. Short strings (ids, paths, names)
 * are written once and then referred to by number, which keeps the file small and lets the loaded state share one
 * instance of each. One codec writes or reads one stream.
 */
final class SnapshotCodec {

    /** Strings up to this length are shared through the table; longer ones (log text) are always written out. */
    private static final int SHARED_MAX = 160;

    private final Map<String, Integer> written = new HashMap<>();
    private final List<String> read = new ArrayList<>();

    void session(DataOutputStream out, Session s) throws IOException {
        string(out, s.id().value());
        string(out, s.directory());
        optional(out, s.declaredId());
        string(out, s.title());
        optional(out, s.status().map(Enum::name));
        string(out, s.statusText());
        time(out, s.start());
        time(out, s.end());
        string(out, s.coordinator());
        strings(out, s.relatedTasks());
        strings(out, s.relatedArtifacts());
        strings(out, s.tags());
        strings(out, List.copyOf(s.extra().keySet()));
        strings(out, List.copyOf(s.extra().values()));
        entries(out, s.entries());
        out.writeInt(s.artifacts().size());
        for (Artifact a : s.artifacts()) {
            string(out, a.path());
            string(out, a.category().name());
            string(out, a.title());
            out.writeLong(a.size());
            out.writeBoolean(a.scaffold());
        }
    }

    Session session(SnapshotInput in) throws IOException {
        SessionId id = new SessionId(string(in));
        String directory = string(in);
        Optional<String> declaredId = optional(in);
        String title = string(in);
        Optional<SessionStatus> status = optional(in).map(SessionStatus::valueOf);
        String statusText = string(in);
        WrittenTime start = time(in);
        WrittenTime end = time(in);
        String coordinator = string(in);
        List<String> relatedTasks = strings(in);
        List<String> relatedArtifacts = strings(in);
        List<String> tags = strings(in);
        List<String> keys = strings(in);
        List<String> values = strings(in);
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            extra.put(keys.get(i), values.get(i));
        }
        List<LogEntry> entries = entries(in);
        int artifactCount = in.readInt();
        List<Artifact> artifacts = new ArrayList<>(artifactCount);
        for (int i = 0; i < artifactCount; i++) {
            artifacts.add(new Artifact(
                    string(in), ArtifactCategory.valueOf(string(in)), string(in), in.readLong(), in.readBoolean()));
        }
        return new Session(
                id,
                directory,
                declaredId,
                title,
                status,
                statusText,
                start,
                end,
                coordinator,
                relatedTasks,
                relatedArtifacts,
                tags,
                extra,
                entries,
                artifacts);
    }

    void task(DataOutputStream out, Task t) throws IOException {
        for (String s : List.of(t.id(), t.path(), t.shape().name(), t.title())) {
            string(out, s);
        }
        optional(out, t.status().map(Enum::name));
        for (String s : List.of(t.statusText(), t.type(), t.priority(), t.assignee(), t.coordinator())) {
            string(out, s);
        }
        optional(out, t.parent());
        for (List<String> list :
                List.of(t.dependsOn(), t.inputArtifacts(), t.outputArtifacts(), t.relatedDocs(), t.tags())) {
            strings(out, list);
        }
        optional(out, t.sessionId());
        time(out, t.created());
        time(out, t.updated());
        out.writeInt(t.checklist().done());
        out.writeInt(t.checklist().partial());
        out.writeInt(t.checklist().total());
        entries(out, t.entries());
    }

    Task task(SnapshotInput in) throws IOException {
        return new Task(
                string(in),
                string(in),
                TaskShape.valueOf(string(in)),
                string(in),
                optional(in).map(TaskStatus::valueOf),
                string(in),
                string(in),
                string(in),
                string(in),
                string(in),
                optional(in),
                strings(in),
                strings(in),
                strings(in),
                strings(in),
                strings(in),
                optional(in),
                time(in),
                time(in),
                new Checklist(in.readInt(), in.readInt(), in.readInt()),
                entries(in));
    }

    void diagnostic(DataOutputStream out, Diagnostic d) throws IOException {
        string(out, d.file());
        out.writeInt(d.line());
        string(out, d.severity().name());
        string(out, d.kind().name());
        string(out, d.message());
    }

    Diagnostic diagnostic(SnapshotInput in) throws IOException {
        return new Diagnostic(
                string(in), in.readInt(), Severity.valueOf(string(in)), DiagnosticKind.valueOf(string(in)), string(in));
    }

    void link(DataOutputStream out, Link l) throws IOException {
        string(out, l.type().name());
        string(out, l.from().kind().name());
        string(out, l.from().key());
        string(out, l.to().kind().name());
        string(out, l.to().key());
        out.writeBoolean(l.resolved());
    }

    Link link(SnapshotInput in) throws IOException {
        return new Link(
                LinkType.valueOf(string(in)),
                new NodeRef(NodeKind.valueOf(string(in)), string(in)),
                new NodeRef(NodeKind.valueOf(string(in)), string(in)),
                in.readBoolean());
    }

    private void entries(DataOutputStream out, List<LogEntry> entries) throws IOException {
        out.writeInt(entries.size());
        for (LogEntry e : entries) {
            out.writeInt(e.line());
            time(out, e.time());
            string(out, e.actor());
            string(out, e.kind().name());
            string(out, e.text());
            strings(out, e.mentions());
            out.writeInt(e.textLine());
        }
    }

    private List<LogEntry> entries(SnapshotInput in) throws IOException {
        int count = in.readInt();
        List<LogEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(new LogEntry(
                    in.readInt(),
                    time(in),
                    string(in),
                    EntryKind.valueOf(string(in)),
                    string(in),
                    strings(in),
                    in.readInt()));
        }
        return entries;
    }

    private void time(DataOutputStream out, WrittenTime time) throws IOException {
        string(out, time.text());
        out.writeBoolean(time.instant().isPresent());
        if (time.instant().isPresent()) {
            out.writeLong(time.instant().get().getEpochSecond());
            out.writeInt(time.instant().get().getNano());
        }
    }

    private WrittenTime time(SnapshotInput in) throws IOException {
        String text = string(in);
        Optional<Instant> instant =
                in.readBoolean() ? Optional.of(Instant.ofEpochSecond(in.readLong(), in.readInt())) : Optional.empty();
        return new WrittenTime(text, instant);
    }

    void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    List<String> strings(SnapshotInput in) throws IOException {
        int count = in.readInt();
        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(string(in));
        }
        return List.copyOf(list);
    }

    private void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            string(out, value.get());
        }
    }

    private Optional<String> optional(SnapshotInput in) throws IOException {
        return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
    }

    /** A string: its number when written before, else {@code -(length + 1)} and its bytes. */
    void string(DataOutputStream out, String s) throws IOException {
        Integer id = written.get(s);
        if (id != null) {
            out.writeInt(id);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(-(bytes.length + 1));
        out.write(bytes);
        if (s.length() <= SHARED_MAX) {
            written.put(s, written.size());
        }
    }

    String string(SnapshotInput in) throws IOException {
        int value = in.readInt();
        if (value >= 0) {
            if (value >= read.size()) {
                throw new IOException("corrupt snapshot: string " + value + " was never written");
            }
            return read.get(value);
        }
        int length = -(value + 1);
        if (length > 64 * 1024 * 1024) {
            throw new IOException("corrupt snapshot: a string of " + length + " bytes");
        }
        String s = in.readUtf8(length);
        if (s.length() <= SHARED_MAX) {
            read.add(s);
        }
        return s;
    }
}
