package kr.innotrack.search;

import java.util.Locale;

/**
 * One search as a source runs it: the organization it is confined to, whether the person sees draft plans (planning
 * admins only, as everywhere else), and the {@code like} pattern over lower-cased text ({@code %} and {@code _}
 * escaped with {@code \}, so sources write {@code lower(x) like :pattern escape '\'}).
 */
public record SearchQuery(String text, Long organizationId, boolean seesDrafts) {

    public String pattern() {
        String lower = text.toLowerCase(Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
