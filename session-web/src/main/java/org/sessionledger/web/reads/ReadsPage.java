package org.sessionledger.web.reads;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.report.ReportFormats;

/**
 * The read record for admins and the project's maintainers: filter by time, user, what was read and outcome; export
 * as CSV or JSON. Maintainers see their project's rows; admins every project's.
 */
@Path("/admin/reads")
@Access(Need.MAINTAIN)
public class ReadsPage {

    private static final int PAGE_ROWS = 1000;
    private static final int EXPORT_ROWS = 100_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reads(
                List<ReadEvent> rows, String from, String to, String user, String target, String outcome, int limit);
    }

    private final ReadLog log;
    private final Projects projects;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    ReadsPage(ReadLog log, Projects projects, SecurityIdentity identity, ObjectMapper json) {
        this.log = log;
        this.projects = projects;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String user,
            @RestQuery String target,
            @RestQuery String outcome) {
        List<ReadEvent> rows = log.find(filter(from, to, user, target, outcome), PAGE_ROWS);
        return Templates.reads(rows, text(from), text(to), text(user), text(target), text(outcome), PAGE_ROWS);
    }

    @GET
    @Path("export.{format}")
    public Response export(
            @RestPath String format,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String user,
            @RestQuery String target,
            @RestQuery String outcome)
            throws IOException {
        List<ReadEvent> rows = log.find(filter(from, to, user, target, outcome), EXPORT_ROWS);
        String body;
        String type;
        if (format.equals("json")) {
            body = json.writeValueAsString(rows);
            type = MediaType.APPLICATION_JSON;
        } else if (format.equals("csv")) {
            StringWriter out = new StringWriter();
            ReportFormats.csv(
                    new String[] {"at", "user", "project", "kind", "target", "detail", "address", "outcome"},
                    rows.stream()
                            .map(r -> new String[] {
                                r.at().toString(),
                                r.actor(),
                                r.project(),
                                r.kind(),
                                r.target(),
                                r.detail(),
                                r.address(),
                                r.outcome()
                            })
                            .toList(),
                    out);
            body = out.toString();
            type = "text/csv";
        } else {
            throw new InvalidRequestException("Export as csv or json.");
        }
        return Response.ok(body, type + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"reads." + format + "\"")
                .build();
    }

    private ReadLog.Filter filter(String from, String to, String user, String target, String outcome) {
        String project = identity.hasRole("admin") ? "" : projects.current();
        return new ReadLog.Filter(day(from, Instant.EPOCH), day(to, null), user, target, project, outcome);
    }

    /** {@code 2025-07-20} (a whole day, UTC) or an ISO instant; {@code to} is the end of its day. */
    private static Instant day(String text, Instant otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise == null ? Instant.now().plusSeconds(1) : otherwise;
        }
        try {
            if (text.strip().length() == 10) {
                LocalDate d = LocalDate.parse(text.strip());
                return (otherwise == null ? d.plusDays(1) : d)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Dates are 2025-07-20 or instants such as 2025-07-20T10:00:00Z.");
        }
    }

    /** A query parameter's value, URL-encoded ({@code {value.urlParam}}). */
    @io.quarkus.qute.TemplateExtension
    static String urlParam(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
