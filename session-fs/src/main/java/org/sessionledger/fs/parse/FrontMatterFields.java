package org.sessionledger.fs.parse;

import java.util.Optional;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.fs.read.Problems;

/** Reads the fields of a document's front matter, whichever syntax it uses, and reports an unclosed block. */
public final class FrontMatterFields {

    private FrontMatterFields() {}

    /** The TOML or YAML fields; empty when the document has no front matter. */
    public static Optional<Fields> parse(FrontMatter doc, Problems problems) {
        if (!doc.closed()) {
            problems.error(
                    doc.blockLine() - 1,
                    DiagnosticKind.UNCLOSED_FRONT_MATTER,
                    "The front matter opened with '" + doc.delimiter().marker() + "' is never closed.");
        }
        if (!doc.opened()) {
            problems.warn(
                    doc.blockLine(),
                    DiagnosticKind.UNOPENED_FRONT_MATTER,
                    "The front matter has no opening '" + doc.delimiter().marker() + "' line: its keys were read up"
                            + " to the '" + doc.delimiter().marker() + "' on line " + (doc.bodyLine() - 1)
                            + "; add the missing line above line " + doc.blockLine() + ".");
        }
        if (!doc.openingComment().isEmpty()) {
            problems.info(
                    doc.blockLine() - 1,
                    DiagnosticKind.MALFORMED_TOML,
                    "The opening '" + doc.delimiter().marker() + "' line carries a comment ('" + doc.openingComment()
                            + "'), which the format does not allow there; it was ignored.");
        }
        return switch (doc.delimiter()) {
            case TOML -> Optional.of(TomlFields.parse(doc.block(), doc.blockLine(), problems));
            case YAML -> Optional.of(YamlFields.parse(doc.block(), doc.blockLine(), problems));
            case NONE -> Optional.empty();
        };
    }
}
