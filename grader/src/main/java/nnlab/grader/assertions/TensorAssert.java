package nnlab.grader.assertions;

import io.qameta.allure.Allure;
import java.util.Map;
import nnlab.fixtures.TensorData;
import nnlab.fixtures.Tolerance;
import org.assertj.core.api.AbstractAssert;
import org.opentest4j.AssertionFailedError;

/**
 * AssertJ assertions on a tensor, with allclose semantics ({@code |actual − expected| ≤ atol + rtol·|expected|}).
 * A failure names the step, both shapes and dtypes, how many elements are out of tolerance, the worst element
 * with its absolute and relative error, the NaN and Inf values found, and a hint where the numbers reveal a known
 * mistake. Under Allure, a failure also attaches the expected and actual values.
 */
public final class TensorAssert extends AbstractAssert<TensorAssert, TensorValues> {

    private final boolean adoptExpectedDtype;
    private String what = "the result";

    TensorAssert(TensorValues actual, boolean adoptExpectedDtype) {
        super(actual, TensorAssert.class);
        this.adoptExpectedDtype = adoptExpectedDtype;
    }

    /** Names the value for messages, such as {@code "loss"} or {@code "W1.grad"}. */
    public TensorAssert named(String name) {
        this.what = name;
        return this;
    }

    /** Checks shape, dtype and values against a fixture tensor under its tolerance, with its known mistakes. */
    public TensorAssert matches(TensorData expected) {
        return matches(expected, expected.tolerance(), Map.of());
    }

    /**
     * Checks shape, dtype and values against a fixture tensor, and names the known mistake the answer equals.
     *
     * @param knownMistakes what each known mistake produces, by mistake id (from {@code FixtureCase.mistakes})
     */
    public TensorAssert matches(TensorData expected, Map<String, TensorData> knownMistakes) {
        return matches(expected, expected.tolerance(), knownMistakes);
    }

    /**
     * Checks against a fixture tensor under another tolerance. The observation goes to the grading process's judge
     * first; a sealed expected value (instructor grading) is judged only there.
     */
    public TensorAssert matches(TensorData expected, Tolerance tolerance, Map<String, TensorData> knownMistakes) {
        String step = GradingContext.currentStep();
        if (actual == null) {
            throw new AssertionFailedError(FailureMessages.returnedNull(step, what));
        }
        boolean fromFixture = FixtureRef.parse(expected.field()).filter(r -> r.section().equals("expected"))
                .isPresent();
        Observations.record(new Observation(Observation.TENSOR, what, fromFixture ? expected.field() : null, actual,
                fromFixture ? null : TensorValues.of(expected), tolerance.rtol(), tolerance.atol(), tolerance.reason(),
                !knownMistakes.isEmpty(), adoptExpectedDtype, null, null));
        if (expected.isSealed()) {
            return this;
        }
        TensorValues expectedValues = TensorValues.of(expected);
        TensorValues actualValues = adoptExpectedDtype
                ? new TensorValues(expectedValues.dtype(), actual.shape(), actual.values()) : actual;
        TensorJudgement failure = TensorJudgement.of(step, what, actualValues, expectedValues, expected.field(),
                tolerance, knownMistakes).orElse(null);
        if (failure == null) {
            return this;
        }
        if (Allure.getLifecycle().getCurrentTestCase().isPresent()) {
            Allure.addAttachment((step == null ? "" : step + " ") + what + ": expected vs actual", "text/plain",
                    failure.table(), ".txt");
        }
        throw new AssertionFailedError(failure.message(), failure.expectedText(), failure.actualText());
    }
}
