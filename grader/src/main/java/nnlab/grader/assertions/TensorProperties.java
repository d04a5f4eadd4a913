package nnlab.grader.assertions;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import java.util.Locale;
import nnlab.fixtures.Tolerance;
import nnlab.grader.hints.Numbers;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on what a tensor must be beyond its values matching a fixture: the device it lives on, the interval
 * its values lie in (a sigmoid's output in (0, 1), rand's in [0, 1)) and rows that sum to 1 (softmax
 * probabilities). A failure names the step, the tensor and the first element or row that breaks the property.
 */
public final class TensorProperties {

    private TensorProperties() {
    }

    /** Asserts that {@code actual} lives on {@code expected}. */
    public static void assertOnDevice(String what, NDArray actual, Device expected) {
        assertDevice(what, actual == null ? null : actual.getDevice(), expected);
    }

    /** Asserts that a device a student's code chose is {@code expected}. */
    public static void assertDevice(String what, Device actual, Device expected) {
        String step = GradingContext.currentStep();
        if (actual == null) {
            throw new AssertionFailedError(FailureMessages.returnedNull(step, what));
        }
        if (!actual.equals(expected)) {
            throw new AssertionFailedError(
                    FailureMessages.wrongDevice(step, what, actual.toString(), expected.toString()),
                    expected.toString(), actual.toString());
        }
    }

    /**
     * Asserts that every value of {@code actual} lies in an interval.
     *
     * @param low the lower bound
     * @param lowIncluded whether {@code low} itself is allowed
     * @param high the upper bound
     * @param highIncluded whether {@code high} itself is allowed
     * @param hint what a value outside usually means, or {@code null}
     */
    public static void assertValuesIn(String what, NDArray actual, double low, boolean lowIncluded, double high,
            boolean highIncluded, String hint) {
        String step = GradingContext.currentStep();
        if (actual == null) {
            throw new AssertionFailedError(FailureMessages.returnedNull(step, what));
        }
        TensorValues v = TensorValues.of(actual);
        int outside = 0;
        int first = -1;
        for (int i = 0; i < v.size(); i++) {
            double x = v.values()[i];
            boolean above = lowIncluded ? x >= low : x > low;
            boolean below = highIncluded ? x <= high : x < high;
            if (!(above && below)) { // NaN is outside every interval
                outside++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (outside > 0) {
            String interval = (lowIncluded ? "[" : "(") + Numbers.format(low) + ", " + Numbers.format(high)
                    + (highIncluded ? "]" : ")");
            throw new AssertionFailedError(FailureMessages.outsideInterval(step, what, interval, outside, v.size(),
                    v.indexOf(first), v.values()[first], hint));
        }
    }

    /**
     * Asserts that every row of a 2-d tensor sums to 1 within {@code tolerance}'s absolute part, as softmax
     * probabilities over the last dimension do.
     */
    public static void assertRowsSumToOne(String what, NDArray probabilities, Tolerance tolerance) {
        String step = GradingContext.currentStep();
        if (probabilities == null) {
            throw new AssertionFailedError(FailureMessages.returnedNull(step, what));
        }
        TensorValues v = TensorValues.of(probabilities);
        if (v.shape().length != 2) {
            throw new AssertionFailedError(FailureMessages.notTwoDimensional(step, what,
                    java.util.Arrays.toString(v.shape())));
        }
        int rows = (int) v.shape()[0];
        int cols = (int) v.shape()[1];
        int bad = 0;
        int firstBad = -1;
        double firstSum = 0;
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                sum += v.values()[r * cols + c];
            }
            if (!(Math.abs(sum - 1) <= tolerance.atol())) {
                bad++;
                if (firstBad < 0) {
                    firstBad = r;
                    firstSum = sum;
                }
            }
        }
        if (bad > 0) {
            throw new AssertionFailedError(FailureMessages.rowSumNotOne(step, what, bad, rows,
                    String.format(Locale.ROOT, "%d", firstBad), firstSum, tolerance));
        }
    }
}
