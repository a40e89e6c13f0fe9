package org.sessionledger.web.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
        Instant start() {
            return day(from)
                    .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC))
                    .orElse(Instant.EPOCH);
        }

        Instant end() {
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

        public String parameters() {
            return "from=" + from + "&to=" + to + "&user=" + user + "&coordinator=" + coordinator + "&session="
                    + session;
        }

        String fileName(String ext) {
            return "audit-" + (from.isBlank() ? "start" : from) + "-" + (to.isBlank() ? "now" : to) + "." + ext;
        }

        private static java.util.Optional<LocalDate> day(String value) {
            if (value.isBlank()) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("Dates must look like 2025-07-20.");
            }
        }
    }

    private final ReportService reports;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    ReportPage(ReportService reports, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.reports = reports;
        this.json = json;
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
        SessionSummary s = reports.summary(id);
        String name = "session-summary-" + id + "." + format;
        return switch (format) {
            case "md" -> download(name, "text/markdown", out -> ReportFormats.summaryMarkdown(s, out));
            case "html" ->
                download(
                        name,
                        MediaType.TEXT_HTML,
                        out -> out.write(Templates.summaryDocument(s).render()));
            case "json" -> download(name, MediaType.APPLICATION_JSON, out -> out.write(json.writeValueAsString(s)));
            case "csv" ->
                download(
                        name,
                        "text/csv",
                        out -> ReportFormats.csv(
                                new String[] {"time", "actor", "kind", "text"},
                                s.highlights().stream()
                                        .map(l -> new String[] {l.time(), l.actor(), l.kind(), l.text()})
                                        .toList(),
                                out));
            case "pdf" -> pdf(name, Templates.summaryDocument(s).render());
            default -> throw new InvalidRequestException("Export as md, html, pdf, json or csv.");
        };
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
        AuditQuery q = query(from, to, user, coordinator, session);
        List<AuditEvent> events = events(q);
        return switch (format) {
            case "md" ->
                download(q.fileName("md"), "text/markdown", out -> ReportFormats.auditMarkdown(q.title(), events, out));
            case "csv" ->
                download(
                        q.fileName("csv"),
                        "text/csv",
                        out -> ReportFormats.csv(
                                AuditEvent.COLUMNS,
                                events.stream().map(AuditEvent::values).toList(),
                                out));
            case "json" ->
                download(
                        q.fileName("json"),
                        MediaType.APPLICATION_JSON,
                        out -> out.write(json.writeValueAsString(events)));
            case "html" ->
                download(
                        q.fileName("html"),
                        MediaType.TEXT_HTML,
                        out -> out.write(Templates.auditDocument(q, events).render()));
            case "pdf" ->
                pdf(q.fileName("pdf"), Templates.auditDocument(q, events).render());
            default -> throw new InvalidRequestException("Export as md, html, pdf, json or csv.");
        };
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

    /** Writes text to the response as it is produced. */
    @FunctionalInterface
    private interface Body {
        void write(Writer out) throws java.io.IOException;
    }

    private static Response download(String name, String type, Body body) {
        StreamingOutput stream = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            body.write(out);
            out.flush();
        };
        return Response.ok(stream, type + "; charset=UTF-8")
                .header("Content-Disposition", attachment(name))
                .build();
    }

    private static Response pdf(String name, String xhtml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ReportFormats.pdf(xhtml, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Response.ok(bytes.toByteArray(), "application/pdf")
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
