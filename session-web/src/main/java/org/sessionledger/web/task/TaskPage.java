package org.sessionledger.web.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.NodeKind;
import org.sessionledger.domain.task.Task;
import org.sessionledger.web.artifact.FileLookup;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.markdown.DocumentView;
import org.sessionledger.web.markdown.MarkdownRenderer;
import org.sessionledger.web.workspace.WorkspaceService;

/** An MDTM task: its metadata, rendered body, links in both directions and diagnostics. */
@Path("/tasks")
@Produces(MediaType.TEXT_HTML)
public class TaskPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance task(
                Task task,
                DocumentView document,
                List<Link> outgoing,
                List<Link> incoming,
                List<Diagnostic> diagnostics,
                java.util.Optional<org.sessionledger.web.session.Provenance.CommitView> lastChange);
    }

    private final WorkspaceService workspace;
    private final FileLookup files;
    private final MarkdownRenderer markdown;

    TaskPage(WorkspaceService workspace, FileLookup files, MarkdownRenderer markdown) {
        this.workspace = workspace;
        this.files = files;
        this.markdown = markdown;
    }

    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("task")
    @Path("{id}")
    public TemplateInstance task(@RestPath String id) {
        Task task = workspace.task(id).orElseThrow(() -> new NotFoundException("task", id));
        DocumentView document = files.text(files.find(task.path()))
                .map(t -> DocumentView.of(t, markdown))
                .orElse(null);
        List<Link> links = workspace.current().links();
        List<Link> outgoing = links.stream()
                .filter(l -> l.from().kind() == NodeKind.TASK && l.from().key().equals(task.id()))
                .distinct()
                .toList();
        List<Link> incoming = links.stream()
                .filter(l -> l.to().kind() == NodeKind.TASK && l.to().key().equals(task.id()))
                .distinct()
                .toList();
        List<Diagnostic> diagnostics = workspace.current().diagnostics().stream()
                .filter(d -> d.file().equals(task.path()))
                .toList();
        java.util.Optional<org.sessionledger.web.session.Provenance.CommitView> lastChange = workspace
                .runtime()
                .git()
                .flatMap(g -> g.lastChange(task.path()))
                .map(c -> org.sessionledger.web.session.Provenance.CommitView.of(c, ""));
        return Templates.task(task, document, outgoing, incoming, diagnostics, lastChange);
    }
}
