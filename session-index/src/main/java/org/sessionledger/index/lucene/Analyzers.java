package org.sessionledger.index.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Text fields go through the standard tokenizer, lower case, CJK bigrams (Han, Hiragana, Katakana and Hangul runs
 * become overlapping pairs, so that words of languages without spaces are found) and ASCII folding ({@code café}
 * finds {@code cafe} and the other way round); keyword fields are matched as written.
 */
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
            IndexFields.ACTOR,
            IndexFields.SECRET,
            IndexFields.IDS,
            IndexFields.MENTIONS
        }) {
            keyword.put(field, new KeywordAnalyzer());
        }
        return new PerFieldAnalyzerWrapper(text(), keyword);
    }

    /** The analyzer of text fields (title, text, files). */
    static Analyzer text() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new CJKBigramFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
