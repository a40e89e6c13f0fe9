package org.sessionledger.index.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionId;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.domain.session.WrittenTime;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.fs.scan.LinkResolver;
import org.sessionledger.index.db.MirrorUnit;

/** Which links a live change may alter, and how a partial resolution replaces them. */
class LinkScopeTest {

    private static final String A = UnitKeys.session("s/A");
    private static final String B = UnitKeys.session("s/B");
    private static final String TASK = UnitKeys.task("tasks/T.md");

    private final WorkspaceState state = new WorkspaceState();

    LinkScopeTest() {
        state.putSession(A, session("A", "s/A"), List.of());
        state.files(A, List.of(file("s/A/session_log.md"), file("s/A/artifacts/notes/n.md")));
        state.putSession(B, session("B", "s/B"), List.of());
        state.files(B, List.of(file("s/B/session_log.md")));
    }

    @Test
    void anEditedSessionWithTheSameFilesScopesItsOwnLinks() {
        Optional<LinkScope> scope = LinkScope.before(
                state,
                List.of(A),
                Set.of(),
                Map.of(A, List.of(stamp("s/A/artifacts/notes/n.md"), stamp("s/A/session_log.md"))));

        assertThat(scope.flatMap(s -> s.after(state))).contains(Set.of("A"));
    }

    @Test
    void aFileThatCameOrWentMayChangeOtherUnitsLinks() {
        Map<String, List<FileStamp>> added = Map.of(
                A,
                List.of(
                        stamp("s/A/session_log.md"),
                        stamp("s/A/artifacts/notes/n.md"),
                        stamp("s/A/artifacts/notes/new.md")));
        Map<String, List<FileStamp>> renamed =
                Map.of(A, List.of(stamp("s/A/session_log.md"), stamp("s/A/artifacts/notes/m.md")));

        assertThat(LinkScope.before(state, List.of(A), Set.of(), added)).isEmpty();
        assertThat(LinkScope.before(state, List.of(A), Set.of(), renamed)).isEmpty();
    }

    @Test
    void tasksNewUnitsAndRemovalsResolveEveryLink() {
        Map<String, List<FileStamp>> stamps = Map.of(TASK, List.of(stamp("tasks/T.md")));

        assertThat(LinkScope.before(state, List.of(TASK), Set.of(), stamps)).isEmpty();
        assertThat(LinkScope.before(state, List.of(), Set.of(B), Map.of())).isEmpty();
    }

    @Test
    void aSessionThatChangedItsIdResolvesEveryLink() {
        LinkScope scope = LinkScope.before(state, List.of(B), Set.of(), Map.of(B, List.of(stamp("s/B/session_log.md"))))
                .orElseThrow();
        state.putSession(B, session("B2", "s/B"), List.of());

        assertThat(scope.after(state)).isEmpty();
    }

    @Test
    void aPartialResolutionReplacesOnlyTheLinksAndDiagnosticsOfItsSessions() {
        Link aOld = mention("A", "TASK-OLD", false);
        Link aKept = mention("A", "TASK-KEPT", true);
        Link b = mention("B", "TASK-OLD", false);
        Diagnostic aDangling = dangling("s/A/session_log.md", "TASK-GONE");
        Diagnostic bDangling = dangling("s/B/session_log.md", "TASK-GONE");
        Link aNew = mention("A", "TASK-NEW", true);

        LinkChange change = LinkChange.replacing(
                List.of(aOld, b, aKept),
                List.of(aDangling, bDangling),
                Set.of(NodeRef.session("A")),
                Set.of("s/A/session_log.md"),
                new LinkResolver.Resolved(List.of(aKept, aNew, aNew), List.of()));

        assertThat(change.removed()).containsExactly(aOld);
        assertThat(change.added()).containsExactly(aNew);
        assertThat(change.links()).containsExactlyInAnyOrder(b, aKept, aNew);
        assertThat(change.diagnosticsChanged()).isTrue();
        assertThat(change.diagnostics()).containsExactly(bDangling);
    }

    @Test
    void aPartialResolutionThatFindsTheSameChangesNothing() {
        Link a = mention("A", "TASK-KEPT", true);
        Diagnostic aDangling = dangling("s/A/session_log.md", "TASK-GONE");

        LinkChange change = LinkChange.replacing(
                List.of(a),
                List.of(aDangling),
                Set.of(NodeRef.session("A")),
                Set.of("s/A/session_log.md"),
                new LinkResolver.Resolved(List.of(a), List.of(aDangling)));

        assertThat(change.isEmpty()).isTrue();
        assertThat(change.links()).containsExactly(a);
        assertThat(change.diagnostics()).containsExactly(aDangling);
    }

    private static Link mention(String session, String task, boolean resolved) {
        return new Link(LinkType.LOG_MENTION, NodeRef.session(session), NodeRef.task(task), resolved);
    }

    private static Diagnostic dangling(String file, String task) {
        return Diagnostic.warning(file, 0, DiagnosticKind.DANGLING_TASK, "related_tasks names '" + task + "'.");
    }

    private static MirrorUnit.FileState file(String path) {
        return new MirrorUnit.FileState(path, 1, 1, "h");
    }

    private static FileStamp stamp(String path) {
        return new FileStamp(path, 2, 2);
    }

    private static Session session(String id, String directory) {
        return new Session(
                new SessionId(id),
                directory,
                Optional.empty(),
                "Session " + id,
                Optional.of(SessionStatus.ACTIVE),
                "Active",
                WrittenTime.absent(),
                WrittenTime.absent(),
                "",
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                List.of());
    }
}
