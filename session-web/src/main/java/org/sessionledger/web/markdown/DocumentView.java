package org.sessionledger.web.markdown;

import io.quarkus.qute.RawString;
import java.util.ArrayList;
import java.util.List;
import org.sessionledger.fs.parse.BoldFields;
import org.sessionledger.fs.parse.Fields;
import org.sessionledger.fs.parse.FrontMatter;
import org.sessionledger.fs.parse.FrontMatterFields;
import org.sessionledger.fs.parse.FrontMatterSplitter;
import org.sessionledger.fs.read.Problems;

/**
 * A TOML/YAML+Markdown file ready to show: its front matter as rows and its body as safe HTML.
 *
 * @param fields front-matter keys and values as written
 * @param html the rendered body
 * @param raw the whole file
 */
public record DocumentView(List<Row> fields, RawString html, String raw) {

    /** A front-matter key and its value as text. */
    public record Row(String key, String value) {}

    public static DocumentView of(String text, MarkdownRenderer markdown) {
        FrontMatter doc = FrontMatterSplitter.split(text);
        Fields fields = FrontMatterFields.parse(doc, new Problems(""))
                .orElseGet(() -> BoldFields.parse(doc.body(), doc.bodyLine()));
        List<Row> rows = new ArrayList<>();
        fields.asMap().forEach((key, value) -> rows.add(new Row(key, value.asText())));
        return new DocumentView(rows, new RawString(markdown.render(doc.body())), text);
    }
}
