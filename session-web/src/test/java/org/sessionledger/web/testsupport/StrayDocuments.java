package org.sessionledger.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.sessionledger.index.lucene.IndexFields;
import org.sessionledger.index.lucene.LuceneIndex;

/** Documents of units that neither the files nor the mirror know, as a crash or a stray writer leaves them. */
public final class StrayDocuments {

    private StrayDocuments() {}

    /** Adds one document of {@code unit} to the index, committed and searchable. */
    public static void add(LuceneIndex lucene, String unit) throws IOException {
        Document stray = new Document();
        stray.add(new StoredField(IndexFields.ID, unit));
        stray.add(new StringField(IndexFields.UNIT, unit, Field.Store.NO));
        lucene.replaceUnit(unit, List.of(stray));
        lucene.commit();
        lucene.refresh();
    }

    /** How many documents of {@code unit} searches see. */
    public static int count(LuceneIndex lucene, String unit) throws IOException {
        return lucene.search(searcher -> {
            try {
                return searcher.count(new TermQuery(new Term(IndexFields.UNIT, unit)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
