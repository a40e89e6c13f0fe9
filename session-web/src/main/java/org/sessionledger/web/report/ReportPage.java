package org.sessionledger.web.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
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

/** The session summary and the audit report, as pages and as downloads (md, html, pdf, json, csv). */
@Path("/reports")
public class ReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summary(SessionSummary summary);

        static native TemplateInstance summaryDocument(SessionSummary summary);

        static native TemplateInstance audit(AuditQuery query, List<AuditEvent> events);

        static native TemplateInstance auditDocument(AuditQuery query, List<AuditEvent> events);
    }

    /** The audit report's filters; days are UTC, {@code to} inclusive. */
    public record AuditQuery(String from, String to, String user, String coordinator, String session) {
        public Instant start() {
            return day(from)
                    .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC))
                    .orElse(Instant.EPOCH);
        }

        public Instant end() {
            return day(to).map(d -> d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                    .orElse(Instant.now().plusSeconds(1));
        }

        public String title() {
            return "Audit report " + (from.isBlank() ? "from the beginning" : "from " + from)
                    + (to.isBlank() ? " to now" : " to " + to)
                    + (user.isBlank() ? "" : ", user " + user)
                    + (coordinator.isBlank() ? "" : ", coordinator " + coordinator)
                    + (session.isBlank() ? "" : ", session " + session);
        }

        /** The filters as a query string, for the export links. */
        public String parameters() {
            return "from=" + encode(from) + "&to=" + encode(to) + "&user=" + encode(user) + "&coordinator="
                    + encode(coordinator) + "&session=" + encode(session);
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        String fileName(String ext) {
            return "audit-" + (from.isBlank() ? "start" : from) + "-" + (to.isBlank() ? "now" : to) + "." + ext;
        }

        private static java.util.Optional<LocalDate> day(String value) {
            if (value.isBlank()) {
                return java.util.Optional.empty();
            }
            try {
                LocalDate day = LocalDate.parse(value);
                if (day.getYear() >= 1 && day.getYear() <= 9999) {
                    return java.util.Optional.of(day);
                }
            } catch (DateTimeParseException e) {
                // answered below
            }
            throw new InvalidRequestException("Dates must look like 2025-07-20.");
        }
    }

    private final ReportService reports;
    private final ReportRenderer renderer;

    ReportPage(ReportService reports, ReportRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("report")
    @Path("sessions/{id}")
    public Response summary(@RestPath String id) {
        return html(Templates.summary(reports.summary(id)).render());
    }

    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("export")
    @Path("sessions/{id}/export.{format}")
    public Response summaryExport(@RestPath String id, @RestPath String format) {
        ReportRenderer.Format f = ReportRenderer.Format.of(format);
        SessionSummary s = reports.summary(id);
        return download("session-summary-" + id + "." + f.extension(), f, renderer.summary(s, f));
    }

    @GET
    @Path("audit")
    @Access(Need.MAINTAIN)
    @org.sessionledger.web.reads.Recorded("report")
    public Response audit(
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String user,
            @RestQuery String coordinator,
            @RestQuery String session) {
        AuditQuery q = query(from, to, user, coordinator, session);
        return html(Templates.audit(q, events(q)).render());
    }

    @GET
    @Path("audit/export.{format}")
    @Access(Need.MAINTAIN)
    @org.sessionledger.web.reads.Recorded("export")
    public Response auditExport(
            @RestPath String format,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String user,
            @RestQuery String coordinator,
            @RestQuery String session) {
        ReportRenderer.Format f = ReportRenderer.Format.of(format);
        AuditQuery q = query(from, to, user, coordinator, session);
        return download(q.fileName(f.extension()), f, renderer.audit(q, events(q), f));
    }

    private List<AuditEvent> events(AuditQuery q) {
        return reports.audit(q.start(), q.end(), q.user(), q.coordinator(), q.session());
    }

    private static AuditQuery query(String from, String to, String user, String coordinator, String session) {
        return new AuditQuery(clean(from), clean(to), clean(user), clean(coordinator), clean(session));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static Response download(String name, ReportRenderer.Format format, byte[] body) {
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", attachment(name))
                .build();
    }

    private static String attachment(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + safe + "\"";
    }

    private static Response html(String page) {
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
