package kr.innotrack.search;

import java.util.List;

/**
 * One record a source found: its title, where it belongs (plan year, round, task), the address of its page and the
 * texts the match may be in, most telling first (the page shows the first one that holds the match).
 */
public record SearchHit(String title, String context, String url, List<String> texts) {
}
