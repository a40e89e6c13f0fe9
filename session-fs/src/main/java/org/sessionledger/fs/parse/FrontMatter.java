package org.sessionledger.fs.parse;

/**
 * A document split into its front matter and body.
 *
 * @param delimiter the front-matter syntax found
 * @param block the front-matter text without its delimiter lines (empty when there is none)
 * @param blockLine the 1-based line of the block's first line
 * @param body the Markdown after the closing delimiter (the whole text when there is no front matter)
 * @param bodyLine the 1-based line of the body's first line
 * @param closed false when an opening delimiter has no closing one
 * @param opened false when the block has no opening delimiter (a file that starts with TOML keys and a closing
 *     {@code +++}, the opening line lost)
 * @param openingComment a comment written after the opening delimiter ({@code +++  // TOML frontmatter}), or empty
 */
public record FrontMatter(
        Delimiter delimiter,
        String block,
        int blockLine,
        String body,
        int bodyLine,
        boolean closed,
        boolean opened,
        String openingComment) {

    /** Front matter with a plain opening line (or none at all). */
    public FrontMatter(Delimiter delimiter, String block, int blockLine, String body, int bodyLine, boolean closed) {
        this(delimiter, block, blockLine, body, bodyLine, closed, true, "");
    }

    /** Front-matter syntaxes. */
    public enum Delimiter {
        TOML("+++"),
        YAML("---"),
        NONE("");

        private final String marker;

        Delimiter(String marker) {
            this.marker = marker;
        }

        public String marker() {
            return marker;
        }
    }
}
