package org.sessionledger.domain.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.TestRecords;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;

class TraceGraphBuilderTest {

    private static final NodeRef S = NodeRef.session("S");
    private static final NodeRef A = NodeRef.task("A");
    private static final NodeRef B = NodeRef.task("B");
    private static final NodeRef C = NodeRef.task("C");
    private static final NodeRef GHOST = NodeRef.task("GHOST");
    private static final NodeRef NOTE = NodeRef.artifact("s/notes/n.md");
    private static final NodeRef GONE = NodeRef.artifact("s/notes/gone.md");

    /** S → A → (subtask B ← parent, B depends on C); A writes NOTE; S names a ghost task and a gone file; B ↔ C parents loop. */
    private static final WorkspaceScan SCAN = new WorkspaceScan(
            List.of(session("S")),
            List.of(task("A"), task("B"), task("C")),
            List.of(
                    new Link(LinkType.RELATED_TASK, S, A, true),
                    new Link(LinkType.RELATED_TASK, S, GHOST, false),
                    new Link(LinkType.RELATED_ARTIFACT, S, GONE, false),
                    new Link(LinkType.PARENT_TASK, B, A, true),
                    new Link(LinkType.DEPENDS_ON, B, C, true),
                    new Link(LinkType.OUTPUT_ARTIFACT, A, NOTE, true),
                    new Link(LinkType.PARENT_TASK, C, B, true),
                    new Link(LinkType.PARENT_TASK, A, C, true)),
            List.of());

    @Test
    void collectsTheNeighbourhoodBothWaysWithinTheHops() {
        TraceGraph one = new TraceGraphBuilder(SCAN).neighbourhood(S, 1);
        assertThat(one.nodes()).extracting(TraceGraph.Node::ref).containsExactlyInAnyOrder(S, A, GHOST, GONE);
        TraceGraph two = new TraceGraphBuilder(SCAN).neighbourhood(S, 2);
        assertThat(two.nodes())
                .extracting(TraceGraph.Node::ref)
                .containsExactlyInAnyOrder(S, A, GHOST, GONE, B, NOTE, C);
        assertThat(two.nodes())
                .filteredOn(TraceGraph.Node::missing)
                .extracting(TraceGraph.Node::ref)
                .containsExactlyInAnyOrder(GHOST, GONE);
        assertThat(two.edges())
                .allMatch(e -> two.nodes().stream().anyMatch(n -> n.ref().equals(e.from())));
        TraceGraph fromArtifact = new TraceGraphBuilder(SCAN).neighbourhood(NOTE, 1);
        assertThat(fromArtifact.nodes()).extracting(TraceGraph.Node::ref).containsExactlyInAnyOrder(NOTE, A);
        assertThat(fromArtifact.nodes())
                .filteredOn(n -> n.ref().equals(A))
                .singleElement()
                .satisfies(n -> assertThat(n.depth()).isEqualTo(1));
    }

    @Test
    void listsDanglingTasksMissingFilesAndParentCycles() {
        List<BrokenLink> broken = new TraceGraphBuilder(SCAN).brokenLinks();
        assertThat(broken)
                .extracting(BrokenLink::problem)
                .containsExactlyInAnyOrder(
                        BrokenLink.Problem.DANGLING_TASK,
                        BrokenLink.Problem.MISSING_FILE,
                        BrokenLink.Problem.PARENT_CYCLE);
        assertThat(broken)
                .filteredOn(b -> b.problem() == BrokenLink.Problem.PARENT_CYCLE)
                .singleElement()
                .satisfies(b -> assertThat(b.message())
                        .startsWith("Parent cycle: ")
                        .contains("A")
                        .contains("B")
                        .contains("C"));
    }

    @Test
    void aWorkspaceWithoutCyclesHasNone() {
        WorkspaceScan acyclic = new WorkspaceScan(
                List.of(),
                List.of(task("A"), task("B")),
                List.of(new Link(LinkType.PARENT_TASK, B, A, true)),
                List.of());
        assertThat(new TraceGraphBuilder(acyclic).brokenLinks()).isEmpty();
    }

    private static Session session(String id) {
        return TestRecords.session(id, "s");
    }

    private static Task task(String id) {
        return TestRecords.task(id, "t/" + id + ".md");
    }
}
