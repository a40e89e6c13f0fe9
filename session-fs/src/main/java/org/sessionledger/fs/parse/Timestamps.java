package org.sessionledger.fs.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sessionledger.domain.session.WrittenTime;

/**
 * Reads the time formats real files use: ISO 8601 with or without zone or seconds, a space instead of {@code T},
 * dates alone, TOML datetimes, and the compact forms of directory names ({@code 20250720-103000},
 * {@code 2506050958}). Times without a zone are UTC.
 */
public final class Timestamps {

    private static final List<DateTimeFormatter> COMPACT = List.of(
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"),
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss"),
            DateTimeFormatter.ofPattern("yyMMddHHmmss"),
            DateTimeFormatter.ofPattern("yyyyMMddHHmm"),
            DateTimeFormatter.ofPattern("yyMMddHHmm"));

    private static final Pattern QUOTES = Pattern.compile("^[`\\[\"']+|[`\\]\"']+$");
    private static final Pattern SPACE_FOR_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ _](\\d)");
    private static final Pattern UTC_WORD = Pattern.compile(" ?(?:UTC|GMT)$");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    /** An offset of whole hours after a time ({@code 10:26 +07}). */
    private static final Pattern HOUR_OFFSET = Pattern.compile("(:\\d{2}) ?([+-]\\d{2})$");

    private static final Pattern SPACED_ZONE = Pattern.compile("\\s+([+-]\\d{2}:\\d{2}|Z)$");
    private static final Pattern WITH_ZONE =
            Pattern.compile(".*T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$");
    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COMPACT_SHAPE = Pattern.compile("\\d{8}-\\d{6}|\\d{10}|\\d{12}|\\d{14}");

    private Timestamps() {}

    /** The written time with its instant when readable; blank text gives {@link WrittenTime#absent()}. */
    public static WrittenTime read(String text) {
        if (text == null || text.isBlank()) {
            return WrittenTime.absent();
        }
        String written = text.strip();
        return new WrittenTime(written, parse(written));
    }

    public static Optional<Instant> parse(String text) {
        return common(text.strip()).or(() -> general(text));
    }

    /** Every shape, through the rewrites above; {@link #parse} tries the common shapes first. */
    static Optional<Instant> general(String text) {
        String s = QUOTES.matcher(text.strip()).replaceAll("").strip();
        if (s.length() < 8 || s.length() > 40) {
            return Optional.empty();
        }
        String iso = SPACE_FOR_T.matcher(s).replaceFirst("$1T$2");
        iso = UTC_WORD.matcher(iso).replaceFirst("Z");
        iso = COMPACT_OFFSET.matcher(iso).replaceFirst("$1:$2");
        iso = HOUR_OFFSET.matcher(iso).replaceFirst("$1$2:00");
        iso = SPACED_ZONE.matcher(iso).replaceFirst("$1");
        try {
            if (WITH_ZONE.matcher(iso).matches()) {
                return Optional.of(OffsetDateTime.parse(iso).toInstant());
            }
            if (LOCAL.matcher(iso).matches()) {
                return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
            }
            if (DATE.matcher(iso).matches()) {
                return Optional.of(LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return compact(s);
    }

    /**
     * The shapes most files write ({@code 2025-07-20}, then {@code T} or a space and {@code 10:30} or
     * {@code 10:30:00}, then nothing, {@code Z} or {@code +07:00}) read without regexes; empty for any other shape
     * and for impossible dates and times (which the general reading rejects as well).
     */
    static Optional<Instant> common(String s) {
        int n = s.length();
        if (n < 10
                || !digits(s, 0, 4)
                || s.charAt(4) != '-'
                || !digits(s, 5, 2)
                || s.charAt(7) != '-'
                || !digits(s, 8, 2)) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2));
            if (n == 10) {
                return Optional.of(date.atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            char t = s.charAt(10);
            if ((t != 'T' && t != ' ') || n < 16 || !digits(s, 11, 2) || s.charAt(13) != ':' || !digits(s, 14, 2)) {
                return Optional.empty();
            }
            int at = 16;
            int second = 0;
            if (n >= 19 && s.charAt(16) == ':' && digits(s, 17, 2)) {
                second = number(s, 17, 2);
                at = 19;
            }
            ZoneOffset zone;
            if (at == n) {
                zone = ZoneOffset.UTC;
            } else if (at + 1 == n && s.charAt(at) == 'Z') {
                zone = ZoneOffset.UTC;
            } else if (at + 6 == n
                    && (s.charAt(at) == '+' || s.charAt(at) == '-')
                    && digits(s, at + 1, 2)
                    && s.charAt(at + 3) == ':'
                    && digits(s, at + 4, 2)) {
                int sign = s.charAt(at) == '-' ? -1 : 1;
                zone = ZoneOffset.ofHoursMinutes(sign * number(s, at + 1, 2), sign * number(s, at + 4, 2));
            } else {
                return Optional.empty();
            }
            LocalDateTime local = date.atTime(number(s, 11, 2), number(s, 14, 2), second);
            return Optional.of(local.toInstant(zone));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int count) {
        return Integer.parseInt(s, from, from + count, 10);
    }

    private static Optional<Instant> compact(String s) {
        if (!COMPACT_SHAPE.matcher(s).matches()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : COMPACT) {
            try {
                return Optional.of(LocalDateTime.parse(s, format).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }
}
