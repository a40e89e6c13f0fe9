package org.sessionledger.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void oneOrNoPageHasNoPager() {
        assertThat(Pager.of(query(), 1, 1).links()).isEmpty();
        assertThat(Pager.of(query(), 1, 0).links()).isEmpty();
    }

    @Test
    void fewPagesAreAllLinked() {
        assertThat(labels(Pager.of(query(), 1, 4))).containsExactly("1", "2", "3", "4", "next →");
    }

    @Test
    void manyPagesKeepTheEndsAndTheNeighboursWithGaps() {
        Pager pager = Pager.of(query(), 20, 50);
        assertThat(labels(pager))
                .containsExactly("← previous", "1", "…", "18", "19", "20", "21", "22", "…", "50", "next →");
        assertThat(pager.links())
                .filteredOn(Pager.Link::current)
                .extracting(Pager.Link::label)
                .containsExactly("20");
        assertThat(pager.links())
                .filteredOn(l -> l.href() == null)
                .extracting(Pager.Link::label)
                .containsOnly("…");
        assertThat(pager.links().getFirst().href()).isEqualTo("/search?q=ledger+payment&kind=entry&page=19");
        assertThat(pager.links().getFirst().rel()).isEqualTo("prev");
        assertThat(pager.links().getLast().href()).isEqualTo("/search?q=ledger+payment&kind=entry&page=21");
        assertThat(pager.links().getLast().rel()).isEqualTo("next");
    }

    @Test
    void noGapStandsForASinglePage() {
        // page 4 is two from 2 and one from the first page: nothing is left out between 1 and 2
        assertThat(labels(Pager.of(query(), 4, 9)))
                .containsExactly("← previous", "1", "2", "3", "4", "5", "6", "…", "9", "next →");
        assertThat(labels(Pager.of(query(), 50, 50))).containsExactly("← previous", "1", "…", "48", "49", "50");
    }

    private static List<String> labels(Pager pager) {
        return pager.links().stream().map(Pager.Link::label).toList();
    }

    private static SearchQuery query() {
        SearchQuery query = new SearchQuery();
        query.q = "ledger payment";
        query.kind = "entry";
        query.page = "3";
        return query;
    }
}
