package org.sessionledger.web.report;

/**
 * One event of the audit report: a log entry of a session, a write recorded in the audit table, or a read of the
 * read record.
 *
 * @param source {@code log}, {@code write} or {@code read}
 */
public record AuditEvent(
        String time,
        String source,
        String session,
        String actor,
        String kind,
        String text,
        String file,
        String beforeHash,
        String afterHash) {

    /** Column names, in CSV order. */
    public static final String[] COLUMNS = {
        "time", "source", "session", "actor", "kind", "text", "file", "before_hash", "after_hash"
    };

    /** For a write: the versions of the file it went between, each as the first 12 digits of its hash. */
    public String versions() {
        return afterHash == null || afterHash.isEmpty() ? "" : brief(beforeHash) + " → " + brief(afterHash);
    }

    private static String brief(String hash) {
        return hash == null || hash.isEmpty() ? "(none)" : hash.substring(0, Math.min(12, hash.length()));
    }

    public String[] values() {
        return new String[] {time, source, session, actor, kind, text, file, beforeHash, afterHash};
    }
}
