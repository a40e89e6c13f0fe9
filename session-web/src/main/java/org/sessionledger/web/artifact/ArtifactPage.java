package org.sessionledger.web.artifact;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.sessionledger.domain.link.Link;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.markdown.DocumentView;
import org.sessionledger.web.markdown.MarkdownRenderer;

/** A file of the workspace: rendered, raw, or downloaded. */
@Path("/files")
public class ArtifactPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance file(
                FileLookup.Found file, DocumentView document, List<Link> backLinks, String query, long size);
    }

    private final FileLookup files;
    private final MarkdownRenderer markdown;

    ArtifactPage(FileLookup files, MarkdownRenderer markdown) {
        this.files = files;
        this.markdown = markdown;
    }

    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("file")
    @Path("{path:.+}")
    public Response show(
            @RestPath String path, @RestQuery boolean raw, @RestQuery boolean download, @RestQuery String q)
            throws java.io.IOException {
        FileLookup.Found found = files.find(path);
        String disposition = "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(found.fileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20");
        var text = files.text(found);
        if (download && text.isPresent()) {
            // a text file downloads as it reads: credentials masked
            return Response.ok(text.get().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                    .header("Content-Disposition", disposition)
                    .build();
        }
        if (download || (raw && !found.text())) {
            return Response.ok(
                            java.nio.file.Files.newInputStream(found.file()), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                    .header("Content-Disposition", disposition)
                    .build();
        }
        if (raw) {
            return Response.ok(text.orElse(""), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }
        DocumentView document = text.map(t -> DocumentView.of(t, markdown)).orElse(null);
        long size = java.nio.file.Files.size(found.file());
        return Response.ok(Templates.file(found, document, files.backLinks(found.path()), q == null ? "" : q, size))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }
}
