package org.sessionledger.web.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.sessionledger.domain.error.InvalidRequestException;

/**
 * The reports as documents: the session summary and the audit report in each export format, for downloads and for
 * audit packs alike.
 */
@ApplicationScoped
public class ReportRenderer {

    /** An export format: its file extension and media type. */
    public enum Format {
        MD("text/markdown; charset=UTF-8"),
        HTML("text/html; charset=UTF-8"),
        PDF("application/pdf"),
        JSON("application/json; charset=UTF-8"),
        CSV("text/csv; charset=UTF-8");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format of(String extension) {
            try {
                return valueOf(extension.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("Export as md, html, pdf, json or csv.");
            }
        }
    }

    private final ObjectMapper json;

    ReportRenderer(ObjectMapper json) {
        this.json = json;
    }

    /** The summary of a session in {@code format}. */
    public byte[] summary(SessionSummary s, Format format) {
        return switch (format) {
            case MD -> text(out -> ReportFormats.summaryMarkdown(s, out));
            case HTML -> utf8(ReportPage.Templates.summaryDocument(s).render());
            case PDF -> pdf(ReportPage.Templates.summaryDocument(s).render());
            case JSON -> json(s);
            case CSV ->
                text(out -> ReportFormats.csv(
                        new String[] {"time", "actor", "kind", "text"},
                        s.highlights().stream()
                                .map(l -> new String[] {l.time(), l.actor(), l.kind(), l.text()})
                                .toList(),
                        out));
        };
    }

    /** The audit report of {@code query} in {@code format}. */
    public byte[] audit(ReportPage.AuditQuery query, List<AuditEvent> events, Format format) {
        return switch (format) {
            case MD -> text(out -> ReportFormats.auditMarkdown(query.title(), events, out));
            case HTML -> utf8(ReportPage.Templates.auditDocument(query, events).render());
            case PDF -> pdf(ReportPage.Templates.auditDocument(query, events).render());
            case JSON -> json(events);
            case CSV ->
                text(out -> ReportFormats.csv(
                        AuditEvent.COLUMNS,
                        events.stream().map(AuditEvent::values).toList(),
                        out));
        };
    }

    /** Writes text as it is produced. */
    @FunctionalInterface
    private interface Body {
        void write(Writer out) throws IOException;
    }

    private static byte[] text(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ReportFormats.pdf(xhtml, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
