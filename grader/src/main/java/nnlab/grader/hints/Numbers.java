package nnlab.grader.hints;

import java.util.Locale;

/** How every sentence the grader shows prints a number. */
public final class Numbers {

    private Numbers() {
    }

    /** A number as PyTorch would print it to full precision: no trailing noise, exponent when small or large. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        return a >= 1e-4 && a < 1e6 ? String.format(Locale.ROOT, "%.8g", v).replaceAll("0+$", "").replaceAll("\\.$", "")
                : String.format(Locale.ROOT, "%.6e", v);
    }
}
