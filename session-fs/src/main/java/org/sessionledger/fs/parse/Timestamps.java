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
            DateTimeFormatter.ofPattern("yyMMddHHmm"));

    private static final Pattern QUOTES = Pattern.compile("^[`\\[\"']+|[`\\]\"']+$");
    private static final Pattern SPACE_FOR_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ _](\\d)");
    private static final Pattern UTC_WORD = Pattern.compile(" ?(?:UTC|GMT)$");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
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
        String s = QUOTES.matcher(text.strip()).replaceAll("").strip();
        if (s.length() < 8 || s.length() > 40) {
            return Optional.empty();
        }
        String iso = SPACE_FOR_T.matcher(s).replaceFirst("$1T$2");
        iso = UTC_WORD.matcher(iso).replaceFirst("Z");
        iso = COMPACT_OFFSET.matcher(iso).replaceFirst("$1:$2");
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
