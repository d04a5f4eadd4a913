package nnlab.grader.assertions;

import org.opentest4j.AssertionFailedError;

/**
 * A lower bound on a number that varies from run to run, such as the accuracy after training, where exact values
 * cannot be graded. The threshold and the reason for it come from the fixture (for instance PyTorch's spread over
 * many seeds), so the message can say where the number comes from.
 */
public final class ThresholdCheck {

    private ThresholdCheck() {
    }

    /**
     * Asserts {@code actual ≥ threshold}.
     *
     * @param what names the number, such as {@code "accuracy after 500 iterations"}
     * @param reference what PyTorch reaches, for the message, such as {@code "0.953 from the same start; 0.943 to
     *     0.965 over seeds 0-49"}
     * @param hint what a value below the threshold usually means
     */
    public static void assertAtLeast(String what, double actual, double threshold, String reference, String hint) {
        check(what, actual, threshold, reference, hint);
    }

    /**
     * Asserts {@code actual ≥} the case's parameter {@code thresholdParam}; the grading process judges it against its
     * own copy of the fixture.
     */
    public static void assertAtLeast(String what, double actual, nnlab.fixtures.FixtureCase fixtureCase,
            String thresholdParam, String reference, String hint) {
        Observations.record(Observation.atLeast(what, fixtureCase.origin() + ": " + fixtureCase.field() + ".params."
                + thresholdParam, actual, reference, hint));
        check(what, actual, fixtureCase.doubleParam(thresholdParam), reference, hint);
    }

    /** The judgement of {@code actual ≥ threshold}: the failure message, or empty. */
    public static java.util.Optional<String> judge(String step, String what, double actual, double threshold,
            String reference, String hint) {
        return actual >= threshold ? java.util.Optional.empty() : java.util.Optional.of(FailureMessages.belowThreshold(
                step, what, actual, threshold, reference, hint));
    }

    private static void check(String what, double actual, double threshold, String reference, String hint) {
        judge(GradingContext.currentStep(), what, actual, threshold, reference, hint).ifPresent(message -> {
            throw new AssertionFailedError(message);
        });
    }
}
