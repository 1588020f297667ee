package kr.innotrack.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key pages' cache of what is costly to compute and the same for everyone who may see it (issue 19,
 * {@code docs/performance.md}): an overview's counts and charts, a ranking, a round report, a deck. The caller's key
 * always carries the data version it read <em>before</em> computing ({@link DataVersions}), the organization the
 * reader belongs to and every parameter that changes the result (the day included), so an entry can never be older
 * than its key and a write on any app instance makes the old entries unreachable: nothing is ever invalidated here,
 * entries only age out. Bounded: at most {@code innotrack.page-cache.entries} entries, least recently used go first.
 * {@code innotrack.page-cache.enabled=false} computes every time (the tests' default: they write by SQL behind the
 * application's back; the freshness suites turn it on).
 * <p>
 * It also keeps rendered page bodies ({@link #body}): the HTML of a key page's {@code <main>} as rendered for one kind
 * of reader, keyed the same way; bounded by their total length ({@code innotrack.page-cache.body-chars}).
 */
@Component
public class PageCache {

    private final boolean enabled;
    private final Map<List<?>, Object> entries;
    private final DataVersions versions;
    private final Clock clock;
    static final int MAX_BODIES = 5000;

    private final Map<List<?>, Body> bodies = new LinkedHashMap<>(64, 0.75f, true);
    private final long bodyBudget;
    private long bodyChars;

    PageCache(@Value("${innotrack.page-cache.enabled:true}") boolean enabled,
              @Value("${innotrack.page-cache.entries:200}") int size,
              @Value("${innotrack.page-cache.body-chars:8000000}") long bodyBudget, DataVersions versions, Clock clock) {
        this.enabled = enabled;
        this.versions = versions;
        this.clock = clock;
        this.bodyBudget = bodyBudget;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<?>, Object> eldest) {
                return size() > size;
            }
        };
    }

    /**
     * A page of a plan: keyed by the page's name, the plan, the reader's organization, the plan's data version (read
     * first), today and the page's own {@code parameters}.
     */
    public <T> T ofPlan(String page, Long planId, Long organizationId, List<?> parameters, Supplier<T> compute) {
        return get(() -> key(page, planId, organizationId, versions.plan(planId), parameters), compute);
    }

    /** A page of a check round: keyed like {@link #ofPlan}, by the data version of the round's plan. */
    public <T> T ofRound(String page, Long roundId, Long organizationId, Supplier<T> compute) {
        return get(() -> key(page, roundId, organizationId, versions.planOfRound(roundId), List.of()), compute);
    }

    /** A page of an organization (내 부서 과제): keyed like {@link #ofPlan}, by the organization's data version. */
    public <T> T ofOrganization(String page, Long organizationId, List<?> parameters, Supplier<T> compute) {
        return get(() -> key(page, organizationId, organizationId, versions.organization(organizationId), parameters),
                compute);
    }

    /**
     * A page whose data is identified by a validator its caller already has (the public portal's fingerprint of what
     * is published): keyed by the page's name, the validator, today and the page's own {@code parameters}.
     */
    public <T> T ofValidator(String page, String validator, List<?> parameters, Supplier<T> compute) {
        return get(() -> {
            List<Object> key = new ArrayList<>(List.of(page, validator, LocalDate.now(clock)));
            key.addAll(parameters);
            return key;
        }, compute);
    }

    private List<?> key(String page, Long id, Long organizationId, long version, List<?> parameters) {
        List<Object> key = new ArrayList<>(List.of(page, id, organizationId, version, LocalDate.now(clock)));
        key.addAll(parameters);
        return key;
    }

    /**
     * The cached value of the key, or the computed one (stored). The key (the page's name, the data version, the
     * parameters) is only made, and so its version only read, when the cache is on.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Supplier<List<?>> keyed, Supplier<T> compute) {
        if (!enabled) {
            return compute.get();
        }
        List<?> key = keyed.get();
        synchronized (entries) {
            Object hit = entries.get(key);
            if (hit != null) {
                return (T) hit;
            }
        }
        T value = compute.get();
        if (value != null) {
            synchronized (entries) {
                entries.put(key, value);
            }
        }
        return value;
    }

    /**
     * The rendered body stored under {@code key}, or the one {@code render} makes (stored unless {@code null}, which
     * means "not cacheable"; a body of more than a quarter of the budget is not stored). The budget counts each entry's
     * body and key text (a key holds the address's query, which the reader chooses), and at most
     * {@value #MAX_BODIES} bodies are kept; the least recently used go first.
     */
    public String body(List<?> key, Supplier<String> render) {
        if (!enabled) {
            return render.get();
        }
        synchronized (bodies) {
            Body hit = bodies.get(key);
            if (hit != null) {
                return hit.text();
            }
        }
        String text = render.get();
        if (text == null) {
            return null;
        }
        long weight = text.length() + key.stream().mapToLong(part -> String.valueOf(part).length()).sum();
        if (weight <= bodyBudget / 4) {
            synchronized (bodies) {
                Body before = bodies.put(key, new Body(text, weight));
                bodyChars += weight - (before == null ? 0 : before.weight());
                var eldest = bodies.values().iterator();
                while ((bodyChars > bodyBudget || bodies.size() > MAX_BODIES) && eldest.hasNext()) {
                    bodyChars -= eldest.next().weight();
                    eldest.remove();
                }
            }
        }
        return text;
    }

    private record Body(String text, long weight) {
    }

    public boolean enabled() {
        return enabled;
    }

    /** Drops every entry (tests: the fresh computation to compare with; an operator never needs it). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
        synchronized (bodies) {
            bodies.clear();
            bodyChars = 0;
        }
    }

    /** The number of rendered bodies kept. */
    public int bodies() {
        synchronized (bodies) {
            return bodies.size();
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
