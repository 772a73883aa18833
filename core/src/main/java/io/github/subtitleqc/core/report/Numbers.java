package io.github.subtitleqc.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as people read them: no trailing zeros, no exponent, a dot as decimal separator. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code 9}, {@code 10.3}, {@code 2.23}: at most {@code decimals} decimals, half up. */
    public static String format(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The value rounded half up to {@code decimals} decimals. */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * A measured value that exceeds {@code limit}, with one decimal, or more when one would make it
     * look equal to the limit ({@code 9.04} or {@code 9.004} rather than {@code 9}).
     */
    public static String exceeding(double value, double limit) {
        for (int decimals = 1; decimals < 6; decimals++) {
            String shown = format(value, decimals);
            if (Double.parseDouble(shown) != limit) {
                return shown;
            }
        }
        return format(value, 6);
    }
}
