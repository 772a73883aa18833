package io.github.subtitleqc.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as people read them: no trailing zeros, no exponent, a dot as decimal separator. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * {@code 9}, {@code 10.3}, {@code 2.23}: at most {@code decimals} decimals, half up, on the
     * value's shortest decimal form ({@link Double#toString}), as {@link BigDecimal#valueOf(double)}
     * rounds. Whole numbers and plain decimal forms are rounded digit by digit here (a finding's
     * message formats a number or two, millions of times in a large run); forms with an exponent
     * go through {@code BigDecimal}.
     */
    public static String format(double value, int decimals) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String quick = quick(value, decimals);
        if (quick != null) {
            return quick;
        }
        String text = Double.toString(value);
        if (decimals < 0 || text.indexOf('E') >= 0 || !Double.isFinite(value)) {
            return exact(value, decimals);
        }
        boolean negative = text.charAt(0) == '-';
        int dot = text.indexOf('.');
        int start = negative ? 1 : 0;
        int whole = dot - start;
        int fraction = text.length() - dot - 1;
        int kept = Math.min(decimals, fraction);
        char[] digits = new char[whole + kept + 1];
        digits[0] = '0'; // room for a carry
        text.getChars(start, dot, digits, 1);
        text.getChars(dot + 1, dot + 1 + kept, digits, 1 + whole);
        if (fraction > decimals && text.charAt(dot + 1 + decimals) >= '5') {
            int i = digits.length - 1;
            while (digits[i] == '9') {
                digits[i--] = '0';
            }
            digits[i]++;
        }
        int end = digits.length;
        int firstDecimal = 1 + whole;
        while (end > firstDecimal && digits[end - 1] == '0') {
            end--;
        }
        int begin = digits[0] == '0' ? 1 : 0;
        while (begin < firstDecimal - 1 && digits[begin] == '0') {
            begin++;
        }
        StringBuilder out = new StringBuilder(end - begin + 2);
        boolean zero = true;
        for (int i = begin; i < end; i++) {
            zero &= digits[i] == '0';
        }
        if (negative && !zero) {
            out.append('-');
        }
        out.append(digits, begin, firstDecimal - begin);
        if (end > firstDecimal) {
            out.append('.').append(digits, firstDecimal, end - firstDecimal);
        }
        return out.toString();
    }

    private static final long[] SCALE = {1, 10, 100, 1000};

    /**
     * {@link #format} without {@link Double#toString} (the HTML report formats two coordinates per
     * cue), or null where it cannot be sure. For 0.001 ≤ |value| < 10⁶ and 1 to 3 decimals, the
     * shortest decimal form is within half an ulp of the value (under 1.2 × 10⁻¹⁰ here), and
     * {@code value × 10^decimals} is computed within 1.2 × 10⁻⁷: so where that product is more than
     * 10⁻⁶ from a half, no rounding edge lies between the shortest form and the value, and rounding
     * the value gives what rounding its shortest form gives. Near a half, null: the digits decide.
     */
    private static String quick(double value, int decimals) {
        if (decimals < 1 || decimals > 3) {
            return null;
        }
        double magnitude = Math.abs(value);
        if (!(magnitude >= 1e-3 && magnitude < 1e6)) {
            return null;
        }
        long scale = SCALE[decimals];
        double scaled = magnitude * scale;
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) <= 1e-6) {
            return null;
        }
        long units = (long) whole + (fraction > 0.5 ? 1 : 0);
        long integer = units / scale;
        long rest = units % scale;
        StringBuilder out = new StringBuilder(12);
        if (value < 0 && units != 0) {
            out.append('-');
        }
        out.append(integer);
        if (rest != 0) {
            int digits = decimals;
            while (rest % 10 == 0) {
                rest /= 10;
                digits--;
            }
            out.append('.');
            String r = Long.toString(rest);
            for (int i = r.length(); i < digits; i++) {
                out.append('0');
            }
            out.append(r);
        }
        return out.toString();
    }

    /** {@link #format}'s definition, through {@code BigDecimal}. */
    static String exact(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * The value rounded half up to {@code decimals} decimals, on its shortest decimal form, as
     * {@link BigDecimal#valueOf(double)} rounds. A value already written with at most that many
     * decimals is itself, found without a decimal form: most values of findings are whole (a line
     * length, a gap in milliseconds) or have a decimal or two, and the JSON and SARIF reports round
     * two for each of hundreds of thousands of findings.
     */
    public static double round(double value, int decimals) {
        if (decimals >= 0 && decimals < POWERS.length && Math.abs(value) < 1e15) {
            double power = POWERS[decimals];
            // value is the double nearest to r / 10^decimals, so its shortest form has at most that
            // many decimals and rounding keeps it: the result is value itself
            double r = Math.rint(value * power);
            if (r / power == value) {
                return value;
            }
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static final double[] POWERS = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000};

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
