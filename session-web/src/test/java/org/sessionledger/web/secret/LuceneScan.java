package org.sessionledger.web.secret;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.sessionledger.testkit.FakeSecrets.Fake;

/** Reads every term and every stored field of a Lucene index, looking for raw credential values or pieces of them. */
final class LuceneScan {

    private LuceneScan() {}

    /** Where any of {@code fakes} (or a piece of ten or more letters and digits of one) shows in the index. */
    static List<String> rawValuesIn(Path index, List<Fake> fakes) throws IOException {
        Set<String> pieces = new HashSet<>();
        for (Fake fake : fakes) {
            for (String piece : fake.value().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (piece.length() >= 10) {
                    pieces.add(piece);
                }
            }
        }
        List<String> found = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo field : leaf.reader().getFieldInfos()) {
                    Terms terms = leaf.reader().terms(field.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum it = terms.iterator();
                    for (BytesRef term = it.next(); term != null; term = it.next()) {
                        String text = term.utf8ToString().toLowerCase(Locale.ROOT);
                        for (String piece : pieces) {
                            if (text.contains(piece)) {
                                found.add("term " + field.name + ":" + text);
                            }
                        }
                    }
                }
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    for (IndexableField f : stored.document(doc).getFields()) {
                        String value = f.stringValue();
                        if (value != null) {
                            for (Fake fake : fakes) {
                                if (value.contains(fake.value())) {
                                    found.add("stored " + f.name() + " of doc " + doc + ": " + fake.kind());
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
