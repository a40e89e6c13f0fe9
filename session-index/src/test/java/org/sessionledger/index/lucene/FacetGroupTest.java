package org.sessionledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FacetGroupTest {

    @Test
    void writesEachValueOnceInAStableOrder() {
        FacetGroup group = new FacetGroup();
        group.add(IndexFields.TAG, "b:2:x");
        group.add(IndexFields.KIND, "entry");
        group.add(IndexFields.TAG, "a");
        group.add(IndexFields.TAG, "a");
        assertThat(FacetGroup.decode(group.encode()))
                .containsExactly(
                        new FacetGroup.Label(0, "entry"),
                        new FacetGroup.Label(4, "a"),
                        new FacetGroup.Label(4, "b:2:x"));
    }

    @Test
    void leavesOverlongValuesUncountedAndReadsDamagedEncodingsUpToTheFault() {
        FacetGroup group = new FacetGroup();
        group.add(IndexFields.TAG, "x".repeat(FacetGroup.MAX_VALUE_LENGTH + 1));
        assertThat(group.encode()).isEmpty();
        assertThat(FacetGroup.decode("0:5:entry4:99:short")).containsExactly(new FacetGroup.Label(0, "entry"));
        assertThat(FacetGroup.decode("9:1:x")).isEmpty();
        assertThat(FacetGroup.decode("garbage")).isEmpty();
    }

    @Property(tries = 500)
    void decodingGivesBackWhatWasAdded(@ForAll @Size(max = 6) List<@StringLength(max = 20) String> tags) {
        FacetGroup group = new FacetGroup();
        tags.forEach(tag -> group.add(IndexFields.TAG, tag));
        assertThat(FacetGroup.decode(group.encode()))
                .extracting(FacetGroup.Label::value)
                .containsExactlyElementsOf(new java.util.TreeSet<>(tags));
    }
}
