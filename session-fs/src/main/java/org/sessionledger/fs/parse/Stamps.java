package org.sessionledger.fs.parse;

import static org.sessionledger.fs.parse.EntryStart.isDigit;

/**
 * Where a timestamp written at the head of a log entry ends: {@code 2025-05-28}, then {@code T} or a space and
 * {@code 12:02}, {@code 12:02:30} or {@code 12:02:30.123}, then {@code Z}, {@code UTC}/{@code GMT} or an offset
 * ({@code +07:00}, {@code +0700}, {@code +07}); a compact {@code YYMMDDHHMM[SS]} or {@code YYYYMMDDHHMM[SS]} inside
 * brackets or backticks; or a template placeholder ({@code YYYY-MM-DD HH:MM:SS}, {@code {{timestamp}}},
 * {@code \{{timestamp}}}). No regexes: this runs on every line that may start an entry.
 */
final class Stamps {

    private Stamps() {}

    /** The end of the stamp starting at {@code at}, or -1 when none starts there. */
    static int end(String s, int at, boolean enclosed) {
        if (digits(s, at, 4) && at + 4 < s.length() && s.charAt(at + 4) == '-') {
            return dated(s, at);
        }
        if (s.startsWith("YYYY-MM-DD", at)) {
            return placeholderTime(s, at + 10);
        }
        if (s.startsWith("{{", at) || s.startsWith("\\{{", at)) {
            int close = s.indexOf("}}", at);
            return close > 0 && close - at <= 40 ? close + 2 : -1;
        }
        if (enclosed) {
            int i = at;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            int count = i - at;
            boolean closed = i < s.length() && (s.charAt(i) == ']' || s.charAt(i) == '`');
            return closed && (count == 10 || count == 12 || count == 14) && plausibleCompact(s, at, count) ? i : -1;
        }
        return -1;
    }

    /** Whether a stamp is a template placeholder rather than a time. */
    static boolean isPlaceholder(String stamp) {
        return stamp.startsWith("YYYY") || stamp.startsWith("{{") || stamp.startsWith("\\{{");
    }

    /** {@code YYYY-MM-DD}, an optional time and an optional zone. */
    private static int dated(String s, int at) {
        if (!digits(s, at + 5, 2) || !at(s, at + 7, '-') || !digits(s, at + 8, 2)) {
            return -1;
        }
        int i = at + 10;
        if (i < s.length() && (s.charAt(i) == 'T' || s.charAt(i) == ' ' || s.charAt(i) == '_')) {
            int time = time(s, i + 1);
            if (time > 0) {
                return zone(s, time);
            }
        }
        return i;
    }

    /** {@code H:MM}, {@code HH:MM}, then optional {@code :SS} and fractions; -1 when none starts at {@code at}. */
    private static int time(String s, int at) {
        int i = at;
        if (digits(s, i, 2)) {
            i += 2;
        } else if (digits(s, i, 1)) {
            i += 1;
        } else {
            return -1;
        }
        if (!at(s, i, ':') || !digits(s, i + 1, 2)) {
            return -1;
        }
        i += 3;
        if (at(s, i, ':') && digits(s, i + 1, 2)) {
            i += 3;
            if (at(s, i, '.') && digits(s, i + 1, 1)) {
                i++;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    /** After an optional {@code Z}, {@code UTC}, {@code GMT} or offset, a space allowed before all but {@code Z}. */
    private static int zone(String s, int at) {
        if (at(s, at, 'Z')) {
            return at + 1;
        }
        int i = at(s, at, ' ') ? at + 1 : at;
        if ((s.startsWith("UTC", i) || s.startsWith("GMT", i)) && !letter(s, i + 3)) {
            return i + 3;
        }
        if ((at(s, i, '+') || at(s, i, '-')) && digits(s, i + 1, 2)) {
            if (at(s, i + 3, ':') && digits(s, i + 4, 2)) {
                return i + 6;
            }
            if (digits(s, i + 3, 2)) {
                return i + 5;
            }
            return isDigit(charAt(s, i + 3)) ? at : i + 3;
        }
        return at;
    }

    private static int placeholderTime(String s, int at) {
        int i = at;
        if ((at(s, i, ' ') || at(s, i, 'T')) && s.startsWith("HH:MM", i + 1)) {
            i += 6;
            if (s.startsWith(":SS", i)) {
                i += 3;
            }
        }
        return at(s, i, 'Z') ? i + 1 : i;
    }

    /** A compact stamp whose month, day, hour and minute are in range (a long number is not a time). */
    private static boolean plausibleCompact(String s, int at, int count) {
        int date =
                count == 14 || (count == 12 && s.startsWith("20", at) && !plausible(s, at + 2, 10)) ? at + 4 : at + 2;
        return plausible(s, date, count - (date - at));
    }

    private static boolean plausible(String s, int at, int count) {
        if (count < 8) {
            return false;
        }
        int month = number(s, at);
        int day = number(s, at + 2);
        int hour = number(s, at + 4);
        int minute = number(s, at + 6);
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59;
    }

    private static int number(String s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean at(String s, int i, char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }

    private static boolean letter(String s, int i) {
        return i < s.length() && Character.isLetter(s.charAt(i));
    }
}
