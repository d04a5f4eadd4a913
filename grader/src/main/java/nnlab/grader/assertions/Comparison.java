package nnlab.grader.assertions;

import java.util.Arrays;
import nnlab.fixtures.Tolerance;

/**
 * The outcome of comparing an actual tensor with the expected one under allclose semantics: whether shape and
 * dtype agree, how many elements are out of tolerance, the worst of them, and the NaN and Inf values found.
 */
public final class Comparison {

    /** What kind of difference, from the most basic. */
    public enum Verdict { SHAPE_DIFFERS, DTYPE_DIFFERS, VALUES_DIFFER, CLOSE }

    private final TensorValues actual;
    private final TensorValues expected;
    private final Tolerance tolerance;
    private final Verdict verdict;
    private int outOfTolerance;
    private int worstIndex = -1;
    private double worstExcess = Double.NEGATIVE_INFINITY;
    private int nanCount;
    private int infCount;
    private int firstNonFinite = -1;

    private Comparison(TensorValues actual, TensorValues expected, Tolerance tolerance) {
        this.actual = actual;
        this.expected = expected;
        this.tolerance = tolerance;
        for (int i = 0; i < actual.size(); i++) {
            double a = actual.values()[i];
            if (Double.isNaN(a) || Double.isInfinite(a)) {
                if (Double.isNaN(a)) {
                    nanCount++;
                } else {
                    infCount++;
                }
                if (firstNonFinite < 0) {
                    firstNonFinite = i;
                }
            }
        }
        if (!Arrays.equals(actual.shape(), expected.shape())) {
            verdict = Verdict.SHAPE_DIFFERS;
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            double a = actual.values()[i];
            double e = expected.values()[i];
            if (!tolerance.allows(a, e)) {
                outOfTolerance++;
                // Rank by how far past the allowed error; a NaN where a number was expected ranks first.
                double excess = Double.isNaN(a) || Double.isInfinite(a) ? Double.POSITIVE_INFINITY
                        : Math.abs(a - e) - tolerance.allowedError(e);
                if (worstIndex < 0 || excess > worstExcess) {
                    worstIndex = i;
                    worstExcess = excess;
                }
            }
        }
        if (!actual.dtype().equals(expected.dtype())) {
            verdict = Verdict.DTYPE_DIFFERS;
        } else {
            verdict = outOfTolerance == 0 ? Verdict.CLOSE : Verdict.VALUES_DIFFER;
        }
    }

    /** Compares {@code actual} with {@code expected} under {@code tolerance}. */
    public static Comparison of(TensorValues actual, TensorValues expected, Tolerance tolerance) {
        return new Comparison(actual, expected, tolerance);
    }

    public Verdict verdict() {
        return verdict;
    }

    /** Whether shape, dtype and every value agree. */
    public boolean isClose() {
        return verdict == Verdict.CLOSE;
    }

    /** Whether the values agree, whatever the dtype (false when the shapes differ). */
    public boolean valuesClose() {
        return verdict != Verdict.SHAPE_DIFFERS && outOfTolerance == 0;
    }

    public TensorValues actual() {
        return actual;
    }

    public TensorValues expected() {
        return expected;
    }

    public Tolerance tolerance() {
        return tolerance;
    }

    /** How many elements are out of tolerance (0 when the shapes differ). */
    public int outOfTolerance() {
        return outOfTolerance;
    }

    /** The row-major index of the element furthest out of tolerance, or -1. */
    public int worstIndex() {
        return worstIndex;
    }

    public int nanCount() {
        return nanCount;
    }

    public int infCount() {
        return infCount;
    }

    /** The row-major index of the first NaN or Inf in the actual tensor, or -1. */
    public int firstNonFinite() {
        return firstNonFinite;
    }
}
