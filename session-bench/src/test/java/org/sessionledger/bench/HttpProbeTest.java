package org.sessionledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpProbeTest {

    @Test
    void newPhrasesAreDistinctPairsOfCorpusWordsOtherThanTheRepeatedOne() {
        List<String> phrases = HttpProbe.newPhrases(200);

        assertThat(phrases).hasSize(200).doesNotHaveDuplicates().doesNotContain("\"session index\"");
        assertThat(phrases).allSatisfy(phrase -> {
            assertThat(phrase).matches("\"[a-z]+ [a-z]+\"");
            String[] words = phrase.substring(1, phrase.length() - 1).split(" ");
            assertThat(CorpusGenerator.WORDS).contains(words[0], words[1]);
            assertThat(words[0]).isNotEqualTo(words[1]);
        });
    }
}
