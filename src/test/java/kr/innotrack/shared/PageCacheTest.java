package kr.innotrack.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    PageCache cache(long bodyChars) {
        return new PageCache(true, 10, bodyChars, null, Clock.systemDefaultZone());
    }

    @Test
    void aKeptBodyIsServedUntilItAgesOut() {
        PageCache cache = cache(1000);
        assertThat(cache.body(List.of("a"), () -> "첫 본문")).isEqualTo("첫 본문");
        assertThat(cache.body(List.of("a"), () -> "다시 그린 본문")).isEqualTo("첫 본문");
        assertThat(cache.body(List.of("b"), () -> null)).isNull();
        assertThat(cache.bodies()).isEqualTo(1);
    }

    @Test
    void theBudgetCountsTheKeysToo() {
        PageCache cache = cache(1000);
        // bodies of 10 characters under keys of 200: five fit, not a hundred
        for (int i = 0; i < 100; i++) {
            cache.body(List.of(i + "x".repeat(200)), () -> "0123456789");
        }
        assertThat(cache.bodies()).isEqualTo(4);
    }

    @Test
    void atMostSoManyBodiesHoweverSmall() {
        PageCache cache = cache(Long.MAX_VALUE / 2);
        for (int i = 0; i < PageCache.MAX_BODIES + 50; i++) {
            cache.body(List.of(i), () -> "x");
        }
        assertThat(cache.bodies()).isEqualTo(PageCache.MAX_BODIES);
    }

    @Test
    void aBodyOfMoreThanAQuarterOfTheBudgetIsNotKept() {
        PageCache cache = cache(100);
        cache.body(List.of("k"), () -> "y".repeat(30));
        assertThat(cache.bodies()).isZero();
    }
}
