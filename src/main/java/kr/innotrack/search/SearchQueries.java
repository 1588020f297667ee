package kr.innotrack.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asks every source: a few hits of each kind for the summary, or one kind a page at a time. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class SearchQueries {

    /** Hits per kind on the summary page. */
    static final int PER_GROUP = 5;
    /** Hits per page of one kind. */
    static final int PER_PAGE = 20;

    private final List<SearchSource> sources;

    record Result(SearchHit hit, Snippet snippet) {
    }

    /** One kind's hits; {@code more}: there are more after these. */
    record Group(SearchKind kind, List<Result> results, boolean more, int page) {
    }

    /** Every kind's first hits (one statement per kind), in the kinds' order; kinds without hits left out. */
    List<Group> summary(String text, CurrentUser user) {
        SearchQuery query = query(text, user);
        List<Group> groups = new ArrayList<>();
        for (SearchSource source : ordered()) {
            Group group = group(source, query, 0, PER_GROUP, 1);
            if (!group.results().isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** One kind's page {@code page} (from 1). */
    Group page(String text, SearchKind kind, int page, CurrentUser user) {
        SearchQuery query = query(text, user);
        return ordered().stream().filter(s -> s.kind() == kind).findFirst()
                .map(s -> group(s, query, (page - 1) * PER_PAGE, PER_PAGE, page))
                .orElse(new Group(kind, List.of(), false, page));
    }

    private static Group group(SearchSource source, SearchQuery query, int offset, int size, int page) {
        List<SearchHit> hits = source.find(query, offset, size + 1);
        List<Result> results = hits.stream().limit(size)
                .map(h -> new Result(h, Snippet.of(h.texts(), query.text()))).toList();
        return new Group(source.kind(), results, hits.size() > size, page);
    }

    private List<SearchSource> ordered() {
        return sources.stream().sorted(Comparator.comparing(SearchSource::kind)).toList();
    }

    private static SearchQuery query(String text, CurrentUser user) {
        return new SearchQuery(text, user.organizationId(), user.admin());
    }
}
