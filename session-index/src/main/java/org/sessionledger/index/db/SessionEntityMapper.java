package org.sessionledger.index.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.EntryKind;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionId;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.domain.session.WrittenTime;

/** Maps sessions, their entries and artifacts to rows and back. */
final class SessionEntityMapper {

    private SessionEntityMapper() {}

    static SessionEntity toEntity(String unit, Session s) {
        SessionEntity e = new SessionEntity();
        e.id = DeterministicIds.of(unit);
        e.unit = unit;
        e.sessionId = s.id().value();
        e.directory = s.directory();
        e.declaredId = s.declaredId().orElse(null);
        e.title = s.title();
        e.status = s.status().map(Enum::name).orElse("UNKNOWN");
        e.statusText = s.statusText();
        e.startText = s.start().text();
        e.startAt = s.start().instant().orElse(null);
        e.endText = s.end().text();
        e.endAt = s.end().instant().orElse(null);
        e.coordinator = s.coordinator();
        e.relatedTasks = s.relatedTasks().toArray(String[]::new);
        e.relatedArtifacts = s.relatedArtifacts().toArray(String[]::new);
        e.tags = s.tags().toArray(String[]::new);
        e.extraKeys = s.extra().keySet().toArray(String[]::new);
        e.extraValues = s.extra().values().toArray(String[]::new);
        return e;
    }

    static List<EntryEntity> entries(String unit, List<LogEntry> entries) {
        List<EntryEntity> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            LogEntry entry = entries.get(i);
            EntryEntity e = new EntryEntity();
            e.id = DeterministicIds.of(unit, Integer.toString(i));
            e.unit = unit;
            e.seq = i;
            e.line = entry.line();
            e.atText = entry.time().text();
            e.at = entry.time().instant().orElse(null);
            e.actor = entry.actor();
            e.kind = entry.kind().name();
            e.text = entry.text();
            e.mentions = entry.mentions().toArray(String[]::new);
            e.textLine = entry.textLine();
            rows.add(e);
        }
        return rows;
    }

    static List<ArtifactEntity> artifacts(String unit, List<Artifact> artifacts) {
        return artifacts.stream()
                .map(a -> {
                    ArtifactEntity e = new ArtifactEntity();
                    e.id = DeterministicIds.of(unit, a.path());
                    e.unit = unit;
                    e.path = a.path();
                    e.category = a.category().name();
                    e.title = a.title();
                    e.size = a.size();
                    e.scaffold = a.scaffold();
                    return e;
                })
                .toList();
    }

    static Session toSession(SessionEntity e, List<EntryEntity> entries, List<ArtifactEntity> artifacts) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < e.extraKeys.length && i < e.extraValues.length; i++) {
            extra.put(e.extraKeys[i], e.extraValues[i]);
        }
        return new Session(
                new SessionId(e.sessionId),
                e.directory,
                Optional.ofNullable(e.declaredId),
                e.title,
                e.status.equals("UNKNOWN") ? Optional.empty() : Optional.of(SessionStatus.valueOf(e.status)),
                e.statusText,
                new WrittenTime(e.startText, Optional.ofNullable(e.startAt)),
                new WrittenTime(e.endText, Optional.ofNullable(e.endAt)),
                e.coordinator,
                List.of(e.relatedTasks),
                List.of(e.relatedArtifacts),
                List.of(e.tags),
                extra,
                entries.stream().map(SessionEntityMapper::toEntry).toList(),
                artifacts.stream()
                        .map(a ->
                                new Artifact(a.path, ArtifactCategory.valueOf(a.category), a.title, a.size, a.scaffold))
                        .toList());
    }

    static LogEntry toEntry(EntryEntity e) {
        return new LogEntry(
                e.line,
                new WrittenTime(e.atText, Optional.ofNullable(e.at)),
                e.actor,
                EntryKind.valueOf(e.kind),
                e.text,
                List.of(e.mentions),
                e.textLine == null ? e.line : e.textLine);
    }
}
