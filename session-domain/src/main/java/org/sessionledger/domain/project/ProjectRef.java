package org.sessionledger.domain.project;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A project's name: a slug of lower-case letters, digits and dashes (1–63 characters, starting with a letter or a
 * digit). It is the project's key everywhere: URLs ({@code /p/<name>/…}), the mirrors' rows, configuration keys and
 * per-project roles.
 */
public record ProjectRef(String name) implements Comparable<ProjectRef> {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public ProjectRef {
        if (name == null || !SLUG.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "A project name is 1 to 63 lower-case letters, digits and dashes, starting with a letter or digit.");
        }
    }

    /** The name, when it is a valid slug. */
    public static Optional<ProjectRef> parse(String name) {
        return name != null && SLUG.matcher(name).matches() ? Optional.of(new ProjectRef(name)) : Optional.empty();
    }

    /** A slug made from any text (a folder's name): accents dropped, other characters turned into dashes. */
    public static ProjectRef slugOf(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 63) {
            slug = slug.substring(0, 63).replaceAll("-+$", "");
        }
        return new ProjectRef(slug.isEmpty() ? "workspace" : slug);
    }

    @Override
    public int compareTo(ProjectRef other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
