package org.sessionledger.fs.secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials in text and masks them: {@code ghp_…a9F2} becomes {@code [secret:github-token …a9F2]} (the kind and
 * the last four characters), so that the raw value never reaches an index, a page or an export. Values that only look
 * like secrets are left alone: hashes and commit ids (hexadecimal), UUIDs, base64 images, and keyword assignments whose
 * value is not random enough.
 */
public final class SecretScanner {

    /** The masked form's prefix; what a search for {@code secret:<kind>} looks for. */
    public static final String MASK_PREFIX = "[secret:";

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F\\-]+");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i).*(?:x{4,}|\\*{3,}|<[^>]*>|\\$\\{[^}]*}|\\{\\{[^}]*}}|example|changeme|your[_-]|redacted|dummy).*");
    private static final double MIN_ENTROPY = 3.2;

    private SecretScanner() {}

    /**
     * A credential in a text.
     *
     * @param fingerprint the first 12 hex digits of the value's SHA-256: names the same value again (an allow list,
     *     findings seen before) without keeping it
     */
    public record Finding(String kind, int start, int end, String last4, String fingerprint) {
        /** The masked form of the value. */
        public String masked() {
            return MASK_PREFIX + kind + " …" + last4 + "]";
        }
    }

    /** The fingerprint of a value, as {@link Finding#fingerprint()} gives it. */
    public static String fingerprint(String value) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kinds of the masked secrets in a text masked by {@link #mask}, in order, each once. */
    public static java.util.Set<String> kindsIn(String masked) {
        java.util.Set<String> kinds = new java.util.LinkedHashSet<>();
        for (int at = masked.indexOf(MASK_PREFIX); at >= 0; at = masked.indexOf(MASK_PREFIX, at + 1)) {
            int end = masked.indexOf(' ', at);
            if (end > at + MASK_PREFIX.length() && end - at < 60) {
                kinds.add(masked.substring(at + MASK_PREFIX.length(), end));
            }
        }
        return kinds;
    }

    /** A text with its credentials masked, and what was found (offsets are those of the original text). */
    public record Masked(String text, List<Finding> findings) {
        public Masked {
            findings = List.copyOf(findings);
        }

        public boolean any() {
            return !findings.isEmpty();
        }
    }

    /** The credentials in {@code text}, in order, not overlapping. */
    public static List<Finding> find(String text) {
        if (text == null || text.length() < 8) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        for (SecretRules.Rule rule : SecretRules.ALL) {
            if (!triggered(text, rule)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                int start = m.start(rule.valueGroup());
                int end = m.end(rule.valueGroup());
                String value = text.substring(start, end);
                if (passes(rule.check(), value)) {
                    found.add(new Finding(rule.kind(), start, end, last4(value), fingerprint(value)));
                }
            }
        }
        return disjoint(found);
    }

    /**
     * {@code text} with every credential replaced by its masked form; a value over several lines (a key block) keeps
     * its line breaks after the mask, so that every other line keeps its number.
     */
    public static Masked mask(String text) {
        List<Finding> findings = find(text);
        if (findings.isEmpty()) {
            return new Masked(text, findings);
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : findings) {
            out.append(text, at, f.start()).append(f.masked());
            for (int i = f.start(); i < f.end(); i++) {
                if (text.charAt(i) == '\n') {
                    out.append('\n');
                }
            }
            at = f.end();
        }
        return new Masked(out.append(text, at, text.length()).toString(), findings);
    }

    private static boolean triggered(String text, SecretRules.Rule rule) {
        for (String trigger : rule.triggers()) {
            if (text.contains(trigger)) {
                return true;
            }
        }
        return false;
    }

    private static boolean passes(SecretRules.Check check, String value) {
        return switch (check) {
            case NONE -> true;
            case RANDOM -> looksRandom(value);
            case MIXED ->
                looksRandom(value)
                        && value.chars().anyMatch(Character::isUpperCase)
                        && value.chars().anyMatch(Character::isLowerCase);
        };
    }

    /**
     * Whether a value from a keyword assignment looks like a real secret: not a placeholder, not only hexadecimal
     * (hashes, commit ids, UUIDs), at least two kinds of characters, and a high Shannon entropy.
     */
    static boolean looksRandom(String value) {
        if (HEX.matcher(value).matches() || PLACEHOLDER.matcher(value).matches()) {
            return false;
        }
        if (value.startsWith("data:") || value.startsWith("http") || value.contains("/") && value.contains(".")) {
            return false;
        }
        int kinds = (value.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (value.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (value.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (value.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        return kinds >= 2 && value.chars().anyMatch(Character::isDigit) && entropy(value) >= MIN_ENTROPY;
    }

    static double entropy(String value) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double bits = 0;
        for (int n : counts) {
            bits += n == 0 ? 0 : -((double) n / value.length()) * (Math.log((double) n / value.length()) / Math.log(2));
        }
        return other == 0 ? bits : bits + 1;
    }

    /** The last four characters of the value (of a key block: of its body, before the END line). */
    private static String last4(String value) {
        int end = value.lastIndexOf("-----END");
        String v = (end > 0 ? value.substring(0, end) : value).strip();
        return v.length() <= 4 ? "" : v.substring(v.length() - 4);
    }

    /** Findings sorted by position; of overlapping ones the first (and longest at equal start) wins. */
    private static List<Finding> disjoint(List<Finding> found) {
        if (found.size() < 2) {
            return found;
        }
        found.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
        List<Finding> kept = new ArrayList<>();
        int end = -1;
        for (Finding f : found) {
            if (f.start() >= end) {
                kept.add(f);
                end = f.end();
            }
        }
        return kept;
    }
}
