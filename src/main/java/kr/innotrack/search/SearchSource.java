package kr.innotrack.search;

import java.util.List;

/**
 * What a module offers to the global search: its records of one kind whose text holds the query, confined to the
 * query's organization and to what the person may see, newest plan first, in one statement (or a fixed few).
 */
public interface SearchSource {

    SearchKind kind();

    /** At most {@code limit} hits from the {@code offset}-th on. */
    List<SearchHit> find(SearchQuery query, int offset, int limit);
}
