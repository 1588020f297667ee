package kr.innotrack.evidence;

import java.util.Arrays;
import java.util.Optional;

/** What a file is attached to; its address segment is {@link #slug()} ({@code /evidence/round-entry/12}). */
public enum OwnerKind {
    MILESTONE("milestone"),
    ROUND_ENTRY("round-entry"),
    REMEDY("remedy"),
    AUDIT_PROGRESS("audit-progress"),
    /** A citizen's entry to a proposal contest (competition module): files sent from the public entry form. */
    COMPETITION_ENTRY("competition-entry");

    private final String slug;

    OwnerKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "evidence.owner." + name();
    }

    static Optional<OwnerKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
