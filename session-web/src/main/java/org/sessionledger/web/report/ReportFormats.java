package org.sessionledger.web.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Markdown, CSV and PDF renderings of the reports (HTML and JSON come from templates and Jackson). */
public final class ReportFormats {

    private ReportFormats() {}

    static void summaryMarkdown(SessionSummary s, Writer out) throws IOException {
        out.write("# Session summary: " + text(s.title()) + "\n\n");
        out.write("| | |\n|---|---|\n");
        row(out, "Session", s.id());
        row(out, "Status", s.status());
        row(out, "Coordinator", s.coordinator());
        row(out, "Start", s.start());
        row(out, "End", s.end());
        row(out, "Duration", s.duration());
        lines(out, "Timeline highlights", s.highlights());
        lines(out, "Decisions", s.decisions());
        lines(out, "Delegations and results", s.delegations());
        out.write("\n## Artifacts\n\n");
        if (s.artifacts().isEmpty()) {
            out.write("None.\n");
        }
        for (Map.Entry<String, List<String>> category : s.artifacts().entrySet()) {
            out.write("### " + text(category.getKey()) + "\n\n");
            for (String a : category.getValue()) {
                out.write("- " + text(a) + "\n");
            }
            out.write("\n");
        }
        out.write("\n## Tasks\n\n");
        if (s.tasks().isEmpty()) {
            out.write("None.\n");
        }
        for (SessionSummary.TaskLine t : s.tasks()) {
            out.write("- " + text(t.id()) + " " + text(t.title()) + " · " + text(t.status()) + " · " + t.done() + "/"
                    + t.total() + "\n");
        }
        list(out, "Open questions", s.openQuestions());
        list(out, "Blockers", s.blockers());
    }

    static void auditMarkdown(String title, List<AuditEvent> events, Writer out) throws IOException {
        out.write("# " + text(title) + "\n\n");
        out.write("| time | source | session | actor | kind | what | file |\n|---|---|---|---|---|---|---|\n");
        for (AuditEvent e : events) {
            out.write("| " + cell(e.time()) + " | " + e.source() + " | " + cell(e.session()) + " | " + cell(e.actor())
                    + " | " + cell(e.kind()) + " | " + cell(e.text()) + " | " + cell(e.file()) + " |\n");
        }
    }

    public static void csv(String[] header, Iterable<String[]> rows, Writer out) throws IOException {
        csvRow(header, out);
        for (String[] row : rows) {
            csvRow(row, out);
        }
    }

    /**
     * RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled; CRLF line ends. A field that a
     * spreadsheet would take for a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a single
     * quote in front (OWASP's advice against CSV injection).
     */
    static void csvRow(String[] row, Writer out) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = inert(row[i] == null ? "" : row[i]);
            if (value.indexOf(',') >= 0
                    || value.indexOf('"') >= 0
                    || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                out.write('"' + value.replace("\"", "\"\"") + '"');
            } else {
                out.write(value);
            }
        }
        out.write("\r\n");
    }

    private static String inert(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Renders well-formed XHTML to PDF. */
    static void pdf(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    private static void row(Writer out, String key, String value) throws IOException {
        out.write("| " + key + " | " + cell(value) + " |\n");
    }

    private static void lines(Writer out, String heading, List<SessionSummary.Line> lines) throws IOException {
        out.write("\n## " + heading + "\n\n");
        if (lines.isEmpty()) {
            out.write("None.\n");
        }
        for (SessionSummary.Line l : lines) {
            out.write("- " + (l.time().isBlank() ? "" : text("[" + l.time() + "] "))
                    + (l.actor().isBlank() ? "" : text(l.actor()) + ": ") + text(l.text()) + "\n");
        }
    }

    private static void list(Writer out, String heading, List<String> items) throws IOException {
        out.write("\n## " + heading + "\n\n");
        if (items.isEmpty()) {
            out.write("None recorded.\n");
        }
        for (String item : items) {
            out.write("- " + text(item) + "\n");
        }
    }

    /** A table cell: {@link #text} on one line, with pipes escaped. */
    private static String cell(String value) {
        return text(value).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /**
     * Text from the files as Markdown that shows it literally: HTML (tags, entities, autolinks) becomes character
     * references, and brackets are escaped so that no link or image forms; backslashes first, so that the text's
     * own cannot undo an escape.
     */
    static String text(String value) {
        return value == null
                ? ""
                : value.replace("\\", "\\\\")
                        .replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("[", "\\[")
                        .replace("]", "\\]");
    }
}
