package org.nianbao.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ExactNumbersTest {

    private static Number roundTrip(Number number) {
        return ExactNumbers.number(ExactNumbers.text(number));
    }

    @Test
    void integersComeBackAsLongs() {
        assertThat(roundTrip(48L)).isEqualTo(48L);
        assertThat(roundTrip(-3)).isEqualTo(-3L);
        assertThat(roundTrip(new BigDecimal("2021"))).as("as the canonical JSON reads 2021").isEqualTo(2021L);
        assertThat(roundTrip(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void decimalsKeepTheirScale() {
        assertThat(roundTrip(new BigDecimal("6133.0438"))).isEqualTo(new BigDecimal("6133.0438"));
        assertThat(roundTrip(new BigDecimal("12.50"))).isEqualTo(new BigDecimal("12.50"));
        assertThat(roundTrip(new BigDecimal("5.0"))).isEqualTo(new BigDecimal("5.0"));
        assertThat(roundTrip(new BigDecimal("1E+3"))).isEqualTo(new BigDecimal("1E+3"));
        assertThat(roundTrip(new BigDecimal("-0.0001"))).isEqualTo(new BigDecimal("-0.0001"));
        assertThat(roundTrip(1.25d)).isEqualTo(new BigDecimal("1.25"));
    }

    @Test
    void integersBeyondALongStayExact() {
        BigInteger huge = BigInteger.TEN.pow(30);
        assertThat(roundTrip(huge)).isEqualTo(new BigDecimal(huge));
    }

    @Test
    void nullStaysNull() {
        assertThat(ExactNumbers.text(null)).isNull();
        assertThat(ExactNumbers.number(null)).isNull();
    }

    @Test
    void likePatternsTakeTheirSpecialCharactersLiterally() {
        assertThat(SearchFilter.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
        assertThat(SearchFilter.escapeLike("偃师区")).isEqualTo("偃师区");
    }
}
