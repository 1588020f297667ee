package kr.innotrack.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The search box, bound from query parameters: the text, and for one kind's pages the kind and page. */
@Getter
@Setter
public class SearchForm {

    /** Shorter than this searches nothing: one syllable would match half the organization. */
    static final int MIN_LENGTH = 2;

    @Size(max = 100, message = "{search.q.tooLong}")
    private String q;

    private SearchKind kind;

    @Min(value = 1, message = "{search.page.invalid}")
    @Max(value = 10000, message = "{search.page.invalid}")
    private Integer page;

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    /** Long enough to search. */
    boolean searchable() {
        return q != null && q.codePointCount(0, q.length()) >= MIN_LENGTH;
    }

    int pageOrFirst() {
        return page == null ? 1 : page;
    }
}
