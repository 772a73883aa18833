package io.github.subtitleqc.core.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @Test
    void formatsWithoutTrailingZerosOrExponent() {
        assertThat(Numbers.format(9.0, 2)).isEqualTo("9");
        assertThat(Numbers.format(10.25, 1)).isEqualTo("10.3");
        assertThat(Numbers.format(2.2345, 2)).isEqualTo("2.23");
        assertThat(Numbers.format(1e7, 1)).isEqualTo("10000000");
        assertThat(Numbers.format(0.05, 1)).isEqualTo("0.1");
        assertThat(Numbers.format(-0.25, 1)).isEqualTo("-0.3");
    }

    @Test
    void rounds() {
        assertThat(Numbers.round(10.345, 2)).isEqualTo(10.35);
        assertThat(Numbers.round(1.005, 2)).isEqualTo(1.01);
    }

    @Test
    void anExceedingValueNeverLooksEqualToItsLimit() {
        assertThat(Numbers.exceeding(10.3, 9)).isEqualTo("10.3");
        assertThat(Numbers.exceeding(9.04, 9)).isEqualTo("9.04");
        assertThat(Numbers.exceeding(9.01, 9)).isEqualTo("9.01");
        assertThat(Numbers.exceeding(20.05, 20)).isEqualTo("20.1");
        // 45 characters in 4998 ms against 9 chars/s: not "9 chars/s exceeds 9"
        assertThat(Numbers.exceeding(45 * 1000.0 / 4998, 9)).isEqualTo("9.004");
        assertThat(Numbers.exceeding(9.0004, 9)).isEqualTo("9.0004");
    }

    /** The digit-by-digit rounding gives exactly what BigDecimal gives, whatever the value. */
    @net.jqwik.api.Property(tries = 20_000)
    void formatRoundsAsBigDecimalDoes(@net.jqwik.api.ForAll double value,
                                      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6) int decimals) {
        org.junit.jupiter.api.Assumptions.assumeTrue(Double.isFinite(value));
        org.assertj.core.api.Assertions.assertThat(Numbers.format(value, decimals)).isEqualTo(Numbers.exact(value, decimals));
    }

    /** The values findings show: speeds, lengths and seconds near the half-up edges. */
    @net.jqwik.api.Property(tries = 20_000)
    void formatRoundsMeasuredValuesAsBigDecimalDoes(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = -100_000, max = 100_000_000) int thousandths,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 4) int decimals) {
        double value = thousandths / 1000.0;
        org.assertj.core.api.Assertions.assertThat(Numbers.format(value, decimals)).isEqualTo(Numbers.exact(value, decimals));
        double ratio = thousandths / 7.0;
        org.assertj.core.api.Assertions.assertThat(Numbers.format(ratio, decimals)).isEqualTo(Numbers.exact(ratio, decimals));
    }

    /**
     * Values at and beside the half-up edges of 1 to 3 decimals (k + 0.5 units, a few ulps either
     * way), and the HTML timeline's coordinates (a cue's start × 1000 / the file's end).
     */
    @net.jqwik.api.Property(tries = 20_000)
    void formatRoundsValuesBesideTheEdgesAsBigDecimalDoes(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = -2_000_000, max = 2_000_000) int k,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 3) int decimals,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = -3, max = 3) int ulps,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 7_200_000) int startMs,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 7_200_000) int endMs) {
        double edge = (k + 0.5) / Math.pow(10, decimals);
        double value = edge;
        for (int i = 0; i < Math.abs(ulps); i++) {
            value = ulps > 0 ? Math.nextUp(value) : Math.nextDown(value);
        }
        org.assertj.core.api.Assertions.assertThat(Numbers.format(value, decimals)).isEqualTo(Numbers.exact(value, decimals));
        double x = startMs * 1000.0 / endMs;
        org.assertj.core.api.Assertions.assertThat(Numbers.format(x, 1)).isEqualTo(Numbers.exact(x, 1));
    }

    @org.junit.jupiter.api.Test
    void formatCarriesAndDropsTrailingZeros() {
        org.assertj.core.api.Assertions.assertThat(Numbers.format(9.96, 1)).isEqualTo("10");
        org.assertj.core.api.Assertions.assertThat(Numbers.format(0.05, 1)).isEqualTo("0.1");
        org.assertj.core.api.Assertions.assertThat(Numbers.format(-0.04, 1)).isEqualTo("0");
        org.assertj.core.api.Assertions.assertThat(Numbers.format(-2.25, 1)).isEqualTo("-2.3");
        org.assertj.core.api.Assertions.assertThat(Numbers.format(10.30, 2)).isEqualTo("10.3");
        org.assertj.core.api.Assertions.assertThat(Numbers.format(1e-7, 2)).isEqualTo("0");
    }

    /** The quick way round a value already short enough keeps goes, for any double, where BigDecimal goes. */
    @net.jqwik.api.Property(tries = 20_000)
    void roundIsBigDecimalsRounding(@net.jqwik.api.ForAll double value,
                                    @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 6) int decimals) {
        if (!Double.isFinite(value)) {
            return;
        }
        assertThat(Numbers.round(value, decimals)).isEqualTo(
                java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue());
    }

    /** Values as findings carry them: whole, halves, speeds with many decimals, and the edges of a third decimal. */
    @net.jqwik.api.Property(tries = 20_000)
    void roundIsBigDecimalsRoundingForMeasuredValues(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2_000_000) int a,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 100_000) int b) {
        for (double value : new double[] {a, a / 2.0, a * 1000.0 / b, a / 1000.0, (a + 0.5) / 1000, a / 1000.0 + 0.0005,
                Math.nextUp(a / 1000.0), Math.nextDown(a / 1000.0), -a / 1000.0}) {
            assertThat(Numbers.round(value, 3)).as("%s", value).isEqualTo(
                    java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP).doubleValue());
        }
    }
}
