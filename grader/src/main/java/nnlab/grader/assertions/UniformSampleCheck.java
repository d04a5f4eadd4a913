package nnlab.grader.assertions;

import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Checks that values were drawn from uniform(−a, a), as an initialiser such as {@code xavier_uniform_} must draw
 * them. With n values and σ² = a²/3 the checks are: every value within the bound (up to a relative 1e-6, for
 * limits that went through float32); the mean within 5 standard errors of 0 (σ/√n); the (population) variance
 * within 5 standard errors of a²/3 (a²·√(4/45/n)); the share of values with |v| < a/2 within 5 standard errors of
 * 1/2; and both extremes within 1 % of ±a (a uniform sample of 5000 values misses that with probability e^−25).
 * A correct sampler fails a 5-standard-error check with probability under 1e-6 per statistic, and a seeded
 * engine makes every run the same; the fixture generator checks that PyTorch's own draws pass.
 */
public final class UniformSampleCheck {

    /** How many standard errors a statistic may stray. */
    static final double STANDARD_ERRORS = 5;
    /** How far below the bound the extremes may stay, relative. */
    static final double EXTREME_SLACK = 0.01;
    /** The relative slack on the bound itself. */
    static final double BOUND_SLACK = 1e-6;

    private UniformSampleCheck() {
    }

    /** The failures for these values against uniform(−bound, bound); empty when the sample looks right. */
    public static List<String> failures(double[] values, double bound) {
        List<String> out = new ArrayList<>();
        int n = values.length;
        double sum = 0;
        double sumSquares = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int inner = 0;
        int beyond = 0;
        for (double v : values) {
            sum += v;
            sumSquares += v * v;
            min = Math.min(min, v);
            max = Math.max(max, v);
            if (Math.abs(v) < bound / 2) {
                inner++;
            }
            if (!(Math.abs(v) <= bound * (1 + BOUND_SLACK))) {
                beyond++;
            }
        }
        if (beyond > 0) {
            out.add(FailureMessages.sampleBeyondBound(beyond, n, bound, min, max));
        }
        double mean = sum / n;
        double sigma2 = bound * bound / 3;
        double meanError = Math.sqrt(sigma2 / n);
        if (Math.abs(mean) > STANDARD_ERRORS * meanError) {
            out.add(FailureMessages.sampleStatistic("mean", mean, 0, Math.abs(mean) / meanError));
        }
        double variance = sumSquares / n - mean * mean;
        double varianceError = bound * bound * Math.sqrt(4.0 / 45 / n);
        if (Math.abs(variance - sigma2) > STANDARD_ERRORS * varianceError) {
            out.add(FailureMessages.sampleStatistic("variance", variance, sigma2,
                    Math.abs(variance - sigma2) / varianceError));
        }
        double share = (double) inner / n;
        double shareError = Math.sqrt(0.25 / n);
        if (Math.abs(share - 0.5) > STANDARD_ERRORS * shareError) {
            out.add(FailureMessages.sampleStatistic("share of |v| < a/2", share, 0.5,
                    Math.abs(share - 0.5) / shareError));
        }
        if (max < bound * (1 - EXTREME_SLACK) || min > -bound * (1 - EXTREME_SLACK)) {
            out.add(FailureMessages.sampleExtremes(min, max, bound));
        }
        return out;
    }

    /**
     * Asserts that the values look drawn from uniform(−bound, bound), the bound being a fixture value; the grading
     * process judges it again with its own copy (here it may be sealed).
     *
     * @param what names the values, such as {@code "W1's draws"}
     * @throws AssertionFailedError listing every check that fails
     */
    public static void assertUniform(String what, double[] values, nnlab.fixtures.TensorData bound) {
        Observations.record(Observation.uniform(what, bound.field(), values));
        if (!bound.isSealed()) {
            assertUniform(what, values, bound.scalar());
        }
    }

    /** The judgement: the failure message, or empty when the sample looks drawn from uniform(−bound, bound). */
    public static java.util.Optional<String> judge(String step, String what, double[] values, double bound) {
        List<String> failures = failures(values, bound);
        return failures.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(
                FailureMessages.sampleNotUniform(step, what, values.length, bound, failures));
    }

    /**
     * Asserts that the values look drawn from uniform(−bound, bound).
     *
     * @throws AssertionFailedError listing every check that fails
     */
    public static void assertUniform(String what, double[] values, double bound) {
        judge(GradingContext.currentStep(), what, values, bound).ifPresent(message -> {
            throw new AssertionFailedError(message);
        });
    }
}
