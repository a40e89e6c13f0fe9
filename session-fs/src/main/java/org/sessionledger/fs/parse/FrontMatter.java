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
 */
public record FrontMatter(Delimiter delimiter, String block, int blockLine, String body, int bodyLine, boolean closed) {

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
