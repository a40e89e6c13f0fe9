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
        return switch (doc.delimiter()) {
            case TOML -> Optional.of(TomlFields.parse(doc.block(), doc.blockLine(), problems));
            case YAML -> Optional.of(YamlFields.parse(doc.block(), doc.blockLine(), problems));
            case NONE -> Optional.empty();
        };
    }
}
