package org.sessionledger.index.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** Text fields go through the standard analyzer; keyword fields are matched as written. */
final class Analyzers {

    private Analyzers() {}

    static Analyzer perField() {
        Map<String, Analyzer> keyword = new HashMap<>();
        for (String field : new String[] {
            IndexFields.ID,
            IndexFields.UNIT,
            IndexFields.KIND,
            IndexFields.SESSION,
            IndexFields.TASK,
            IndexFields.PATH,
            IndexFields.STATUS,
            IndexFields.COORDINATOR,
            IndexFields.CATEGORY,
            IndexFields.TAG,
            IndexFields.ACTOR
        }) {
            keyword.put(field, new KeywordAnalyzer());
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), keyword);
    }
}
