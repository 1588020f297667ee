package kr.innotrack.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.DataBinder;

/** Numbers as people type them: grouping commas and full-width digits read, malformed grouping refused. */
class NumberInputTest {

    @ParameterizedTest(name = "「{0}」 → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1,200          | 1200
            1,200.5        | 1200.5
            12,345,678     | 12345678
            -1,000         | -1000
            ' 1,200 '      | 1200
            １，２００      | 1200
            １２．５        | 12.5
            87             | 87
            0.5            | 0.5
            """)
    void readsGroupedAndFullWidthNumbers(String typed, String plain) {
        assertThat(NumberInput.plain(typed)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "「{0}」 is no number")
    @ValueSource(strings = {"1,2,,3", "12,00", "1,2345", ",100", "100,", "1,200,5", "1.200,5", "1,,200"})
    void refusesMalformedGrouping(String typed) {
        assertThatThrownBy(() -> NumberInput.plain(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankIsNoValue() {
        assertThat(NumberInput.plain("  ")).isNull();
        assertThat(NumberInput.plain(null)).isNull();
    }

    @Test
    void theBinderKeepsTheTypedTextOnAMismatch() {
        Target target = new Target();
        DataBinder binder = new DataBinder(target, "form");
        NumberInput.register(binder);
        binder.bind(new org.springframework.beans.MutablePropertyValues(java.util.Map.of("amount", "1,200.5",
                "count", "3,000", "bad", "1,2,,3")));
        assertThat(target.amount).isEqualByComparingTo("1200.5");
        assertThat(target.count).isEqualTo(3000L);
        assertThat(binder.getBindingResult().getFieldError("bad").getCode()).isEqualTo("typeMismatch");
        assertThat(binder.getBindingResult().getFieldValue("bad")).isEqualTo("1,2,,3");
        assertThatThrownBy(() -> binder.convertIfNecessary("1,2", Integer.class)).isInstanceOf(TypeMismatchException.class);
    }

    public static class Target {
        BigDecimal amount;
        Long count;
        Integer bad;

        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public BigDecimal getAmount() { return amount; }
        public void setCount(Long count) { this.count = count; }
        public Long getCount() { return count; }
        public void setBad(Integer bad) { this.bad = bad; }
        public Integer getBad() { return bad; }
    }
}
