package kr.innotrack.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one way a module declares a source of one kind: {@code SearchSource.of(kind, finder)}. */
class SearchSourceTest {

    @Test
    void aSourceOfAKindFindsWithItsFinder() {
        List<String> asked = new ArrayList<>();
        SearchSource source = SearchSource.of(SearchKind.MILESTONE, (query, offset, limit) -> {
            asked.add(query.text() + " " + query.organizationId() + " " + query.seesDrafts() + " " + offset + " " + limit);
            return List.of(new SearchHit("교육", "2021 가-1-1", "/plans/1/tasks/2#milestones", List.of("교육")));
        });

        assertThat(source.kind()).isEqualTo(SearchKind.MILESTONE);
        assertThat(source.find(new SearchQuery("교육", 7L, true), 5, 20)).extracting(SearchHit::url)
                .containsExactly("/plans/1/tasks/2#milestones");
        assertThat(asked).containsExactly("교육 7 true 5 20");
        assertThat(SearchSource.of(SearchKind.TASK, (q, o, l) -> List.of()).kind()).isEqualTo(SearchKind.TASK);
        assertThat(source).hasToString("SearchSource[MILESTONE]");
    }

    @Test
    void kindAndFinderAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> SearchSource.of(null, (q, o, l) -> List.of()));
        assertThatNullPointerException().isThrownBy(() -> SearchSource.of(SearchKind.TASK, null));
    }
}
