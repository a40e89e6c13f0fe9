package org.sessionledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

class PassageScoringTest {

    private static final PassageScorer LUCENE = new PassageScorer();
    private static final PassageScorer OURS = new PassageScoring();

    /** A match: which of a few terms, and how often that term occurs in the whole document. */
    record Match(int term, int freqInDoc) {}

    @Property
    void scoresAsLucenesScorerDoes(
            @ForAll("matches") List<Match> matches, @ForAll("offsets") int start, @ForAll("offsets") int contentExtra) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(start + 4 * matches.size() + 10);
        int offset = start;
        for (Match m : matches) {
            passage.addMatch(offset, offset + 3, new BytesRef("term" + m.term()), m.freqInDoc());
            offset += 4;
        }
        int contentLength = passage.getEndOffset() + contentExtra;
        assertThat(Float.floatToIntBits(OURS.score(passage, contentLength)))
                .isEqualTo(Float.floatToIntBits(LUCENE.score(passage, contentLength)));
    }

    @Provide
    Arbitrary<List<Match>> matches() {
        // one term keeps its document frequency across its matches, as the highlighter reports it
        return Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(1, 40))
                .as(Match::new)
                .list()
                .ofMaxSize(40)
                .map(list -> list.stream()
                        .map(m -> new Match(m.term(), 1 + m.term() * 7))
                        .toList());
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 100_000);
    }
}
