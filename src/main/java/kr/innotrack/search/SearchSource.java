package kr.innotrack.search;

import java.util.List;
import java.util.Objects;

/**
 * What a module offers to the global search: its records of one kind whose text holds the query, confined to the
 * query's organization and to what the person may see, newest plan first, in one statement (or a fixed few).
 */
public interface SearchSource {

    SearchKind kind();

    /** At most {@code limit} hits from the {@code offset}-th on. */
    List<SearchHit> find(SearchQuery query, int offset, int limit);

    /** How a source finds its records: {@link SearchSource#find} without the kind. */
    @FunctionalInterface
    interface Finder {

        List<SearchHit> find(SearchQuery query, int offset, int limit);
    }

    /** A source of the given kind that finds with {@code finder} (a module with several kinds declares one bean each). */
    static SearchSource of(SearchKind kind, Finder finder) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(finder, "finder");
        return new SearchSource() {
            @Override
            public SearchKind kind() {
                return kind;
            }

            @Override
            public List<SearchHit> find(SearchQuery query, int offset, int limit) {
                return finder.find(query, offset, limit);
            }

            @Override
            public String toString() {
                return "SearchSource[" + kind + "]";
            }
        };
    }
}
