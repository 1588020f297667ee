package kr.innotrack.shared;

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
 */
@Component
public class PageCache {

    private final boolean enabled;
    private final Map<List<?>, Object> entries;

    PageCache(@Value("${innotrack.page-cache.enabled:true}") boolean enabled,
              @Value("${innotrack.page-cache.entries:200}") int size) {
        this.enabled = enabled;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<?>, Object> eldest) {
                return size() > size;
            }
        };
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

    public boolean enabled() {
        return enabled;
    }

    /** Drops every entry (tests: the fresh computation to compare with; an operator never needs it). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
