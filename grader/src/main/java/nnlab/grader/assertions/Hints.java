package nnlab.grader.assertions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nnlab.fixtures.TensorData;
import nnlab.grader.hints.HintMessages;

/**
 * Finds the mistake a wrong answer looks like: first the known mistakes the fixture records (what PyTorch gives
 * when the mistake is made), then what the numbers alone reveal (a transposed shape, a constant factor, a lost
 * dtype, NaN).
 */
final class Hints {

    private Hints() {
    }

    /** The ids of the known mistakes whose result the actual values equal. */
    static List<String> mistakesMatched(Comparison c, Map<String, TensorData> knownMistakes) {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, TensorData> m : knownMistakes.entrySet()) {
            TensorData mistaken = m.getValue();
            if (mistaken.isSealed()) {
                continue;
            }
            Comparison asMistake = Comparison.of(c.actual(), TensorValues.of(mistaken), mistaken.tolerance());
            if (asMistake.valuesClose()) {
                ids.add(m.getKey());
            }
        }
        return ids;
    }

    static List<String> forComparison(Comparison c, Map<String, TensorData> knownMistakes) {
        List<String> hints = new ArrayList<>();
        mistakesMatched(c, knownMistakes).forEach(id -> hints.add(HintMessages.mistake(id)));
        if (!hints.isEmpty()) {
            return hints;
        }
        switch (c.verdict()) {
            case SHAPE_DIFFERS -> shapeHint(c).ifPresent(hints::add);
            case DTYPE_DIFFERS -> hints.add(HintMessages.dtype(c.actual().dtype(), c.expected().dtype()));
            case VALUES_DIFFER -> {
                if (c.nanCount() + c.infCount() > 0) {
                    hints.add(HintMessages.nonFinite(c.nanCount(), c.infCount()));
                } else {
                    constantFactor(c.actual().values(), c.expected().values()).ifPresent(
                            k -> hints.add(HintMessages.factor(k)));
                }
            }
            case CLOSE -> { }
        }
        return hints;
    }

    private static java.util.Optional<String> shapeHint(Comparison c) {
        long[] a = c.actual().shape();
        long[] e = c.expected().shape();
        String as = Arrays.toString(a);
        String es = Arrays.toString(e);
        if (a.length == 2 && e.length == 2 && a[0] == e[1] && a[1] == e[0]) {
            return java.util.Optional.of(HintMessages.transposed(as, es, matchesTransposed(c)));
        }
        if (Arrays.equals(withoutUnitDimensions(a), withoutUnitDimensions(e))) {
            return java.util.Optional.of(HintMessages.extraUnitDimension(as, es));
        }
        return java.util.Optional.empty();
    }

    private static boolean matchesTransposed(Comparison c) {
        long rows = c.expected().shape()[0];
        long cols = c.expected().shape()[1];
        double[] a = c.actual().values();
        double[] e = c.expected().values();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double expected = e[(int) (i * cols + j)];
                if (!c.tolerance().allows(a[(int) (j * rows + i)], expected)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long[] withoutUnitDimensions(long[] shape) {
        return Arrays.stream(shape).filter(d -> d != 1).toArray();
    }

    /**
     * The factor k with actual ≈ k · expected for every element, if there is one (and it is not 1). Elements
     * whose expected value is near zero do not decide k but must stay near zero.
     */
    static java.util.Optional<Double> constantFactor(double[] actual, double[] expected) {
        double k = Double.NaN;
        for (int i = 0; i < expected.length; i++) {
            if (Math.abs(expected[i]) > 1e-12) {
                k = actual[i] / expected[i];
                break;
            }
        }
        if (Double.isNaN(k) || Double.isInfinite(k) || Math.abs(k - 1) < 1e-6 || Math.abs(k) < 1e-12) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < expected.length; i++) {
            double scaled = k * expected[i];
            if (Math.abs(actual[i] - scaled) > 1e-5 * Math.max(1, Math.abs(scaled))) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(k);
    }
}
