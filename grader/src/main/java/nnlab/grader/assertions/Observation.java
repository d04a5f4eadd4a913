package nnlab.grader.assertions;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a check saw, handed to the judge in the grading process instead of (or besides) being judged where the
 * student's code runs: the value the student's code produced and where its expected value is. The judge resolves
 * {@code ref} in its own copy of the fixtures, so the process that ran the student's code never needs, and cannot
 * supply, an expected value.
 *
 * @param kind {@link #TENSOR}, {@link #AT_LEAST}, {@link #UNIFORM} or {@link #CHART}
 * @param what the value's name in messages, such as {@code "loss"}
 * @param ref where the expected value is: a fixture field such as {@code nnlab/golden/L3.2.json:
 *     cases[1].expected.loss} (or {@code ...params.threshold}); null when {@code inlineExpected} is given
 * @param actual what the student's code produced (for {@link #CHART}, the losses it logged)
 * @param inlineExpected an expected value the test computed itself (no fixture behind it), or null
 * @param rtol the relative tolerance the test asked for, or null for the fixture's
 * @param atol the absolute tolerance the test asked for, or null for the fixture's
 * @param toleranceReason why the test's tolerance, or null
 * @param withMistakes whether the fixture's known mistakes name the answer when it is wrong
 * @param adoptExpectedDtype whether the actual value is a Java number compared in the expected dtype
 * @param reference {@link #AT_LEAST}: what PyTorch reaches; {@link #CHART}: the chart's title
 * @param hint {@link #AT_LEAST}: what a low value means; {@link #CHART}: the x axis' title
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Observation(String kind, String what, String ref, TensorValues actual, TensorValues inlineExpected,
        Double rtol, Double atol, String toleranceReason, boolean withMistakes, boolean adoptExpectedDtype,
        String reference, String hint) {

    /** A tensor or number compared with an expected tensor under allclose ({@link TensorAssert}). */
    public static final String TENSOR = "tensor";
    /** A number that must reach a threshold ({@link ThresholdCheck}). */
    public static final String AT_LEAST = "at-least";
    /** Values that must look drawn from uniform(−bound, bound) ({@link UniformSampleCheck}). */
    public static final String UNIFORM = "uniform";
    /** A loss curve drawn beside PyTorch's for the report; judges nothing. */
    public static final String CHART = "chart";

    /** A number that must reach the threshold the fixture field {@code ref} holds. */
    public static Observation atLeast(String what, String ref, double actual, String reference, String hint) {
        return new Observation(AT_LEAST, what, ref, TensorValues.scalar(actual, "float64"), null, null, null, null,
                false, false, reference, hint);
    }

    /** Values that must look drawn from uniform(−bound, bound), the bound being the fixture field {@code ref}. */
    public static Observation uniform(String what, String ref, double[] values) {
        return new Observation(UNIFORM, what, ref, values1d(values), null, null, null, null, false, false, null, null);
    }

    /** The losses a loop logged, drawn beside the fixture's losses {@code ref} under {@code title}. */
    public static Observation chart(String what, String ref, double[] losses, String title, String xTitle) {
        return new Observation(CHART, what, ref, values1d(losses), null, null, null, null, false, false, title,
                xTitle);
    }

    private static TensorValues values1d(double[] values) {
        return new TensorValues("float64", new long[] {values.length}, values);
    }
}
