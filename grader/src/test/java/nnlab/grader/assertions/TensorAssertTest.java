package nnlab.grader.assertions;

import static nnlab.grader.assertions.GradingAssertions.assertThatNumber;
import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import nnlab.course.DjlDefaults;
import nnlab.fixtures.FixtureDType;
import nnlab.fixtures.TensorData;
import nnlab.fixtures.Tolerance;
import nnlab.grader.hints.HintMessages;
import nnlab.grader.hints.Numbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The failure messages a student reads: every part the grading kit promises, and each generic hint. */
class TensorAssertTest {

    private NDManager manager;

    @BeforeEach
    void open() {
        DjlDefaults.apply();
        manager = NDManager.newBaseManager();
        GradingContext.enter("L9.9");
    }

    @AfterEach
    void close() {
        GradingContext.leave();
        manager.close();
    }

    private static TensorData expected(FixtureDType dtype, long[] shape, double... values) {
        return new TensorData("golden/L9.9.json: cases[0].expected.w", dtype, shape, values, Tolerance.defaultFor(dtype));
    }

    private NDArray floats(long[] shape, float... values) {
        return manager.create(values, new Shape(shape));
    }

    private static String failure(Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionFailedError e) {
            return e.getMessage();
        }
        throw new AssertionError("the assertion passed");
    }

    @Test
    void passesWithinTheToleranceAndFailsJustBeyondIt() {
        TensorData e = expected(FixtureDType.FLOAT32, new long[] {2}, 1.0, 100.0);
        // float32 allows 1e-5 + 1.3e-6·|e|: 1.0000113 at 1, 100.00014 at 100
        assertThatCode(() -> assertThatTensor(floats(new long[] {2}, 1.00001f, 100.0001f)).matches(e))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThatTensor(floats(new long[] {2}, 1.00002f, 100f)).matches(e))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void valuesMessageNamesStepShapesCountWorstElementAndFixture() {
        TensorData e = expected(FixtureDType.FLOAT32, new long[] {2, 3}, 1, 2, 3, 4, 5, 6);
        String message = failure(() -> assertThatTensor(floats(new long[] {2, 3}, 1, 2, 3.5f, 4, 5, 9))
                .named("W1.grad").matches(e));
        assertThat(message).isEqualTo(String.join(System.lineSeparator(),
                "L9.9 W1.grad differs from PyTorch's",
                "  expected: float32 [2, 3]",
                "  actual:   float32 [2, 3]",
                "  2 of 6 elements out of tolerance (|actual − expected| ≤ 1e-05 + 1.3e-06·|expected|;"
                        + " torch.testing.assert_close defaults for float32)",
                "  worst at [1, 2]: expected 6, actual 9, abs error 3, rel error 0.5",
                "  fixture:  golden/L9.9.json: cases[0].expected.w"));
    }

    @Test
    void shapeMismatchHasItsOwnMessageAndATransposeHint() {
        TensorData e = expected(FixtureDType.FLOAT32, new long[] {2, 3}, 1, 2, 3, 4, 5, 6);
        String message = failure(() -> assertThatTensor(floats(new long[] {3, 2}, 1, 4, 2, 5, 3, 6)).named("weight")
                .matches(e));
        assertThat(message).startsWith("L9.9 weight has the wrong shape" + System.lineSeparator()
                + "  expected: float32 [2, 3]" + System.lineSeparator() + "  actual:   float32 [3, 2]")
                .contains("hint: the shape [3, 2] is [2, 3] transposed and the values match its transpose")
                .doesNotContain("out of tolerance");
        assertThat(failure(() -> assertThatTensor(floats(new long[] {3, 2}, 9, 9, 9, 9, 9, 9)).matches(e)))
                .contains("is [2, 3] transposed:");
        assertThat(failure(() -> assertThatTensor(floats(new long[] {2, 3, 1}, 1, 2, 3, 4, 5, 6)).matches(e)))
                .contains("hint: the shape [2, 3, 1] has unit dimensions that [2, 3] does not");
    }

    @Test
    void dtypeMismatchIsReportedWithAHint() {
        TensorData e = expected(FixtureDType.INT64, new long[] {3}, 1, 0, 0);
        String message = failure(() -> assertThatTensor(floats(new long[] {3}, 1, 0, 0)).named("oneHot").matches(e));
        assertThat(message).startsWith("L9.9 oneHot has dtype float32, expected int64")
                .contains("hint: PyTorch returns int64 here");
        TensorData d = expected(FixtureDType.FLOAT64, new long[0], 0.8131);
        assertThat(failure(() -> assertThatTensor(manager.create(0.8131f)).matches(d)))
                .contains("has dtype float32, expected float64").contains("lost float64 precision");
    }

    @Test
    void nanAndInfAreCountedAndLocated() {
        TensorData e = expected(FixtureDType.FLOAT32, new long[] {2, 2}, 1, 2, 3, 4);
        String message = failure(() -> assertThatTensor(floats(new long[] {2, 2}, 1, Float.NaN, Float.POSITIVE_INFINITY, 4))
                .matches(e));
        assertThat(message).contains("the result holds 1 NaN and 1 Inf values (first at [0, 1])")
                .contains("2 of 4 elements out of tolerance").contains("worst at [0, 1]: expected 2, actual NaN")
                .contains("hint: NaN in the result");
    }

    @Test
    void aConstantFactorIsNamed() {
        TensorData e = expected(FixtureDType.FLOAT32, new long[] {3}, 0.5, -1, 2);
        assertThat(failure(() -> assertThatTensor(floats(new long[] {3}, 1, -2, 4)).matches(e)))
                .contains("every value is exactly twice the expected one: gradients accumulated");
        assertThat(failure(() -> assertThatTensor(floats(new long[] {3}, -0.5f, 1, -2)).matches(e)))
                .contains("every value has the opposite sign");
        assertThat(failure(() -> assertThatTensor(floats(new long[] {3}, 5, -10, 20)).matches(e)))
                .contains("every value is 10× the expected one: a sum where a mean belongs");
        assertThat(failure(() -> assertThatTensor(floats(new long[] {3}, 0.05f, -0.1f, 0.2f)).matches(e)))
                .contains("every value is 1/10 of the expected one");
        assertThat(failure(() -> assertThatTensor(floats(new long[] {3}, 1, 1, 1)).matches(e)))
                .doesNotContain("hint:");
    }

    @Test
    void aKnownMistakeWinsOverGenericHints() {
        TensorData e = expected(FixtureDType.FLOAT32, new long[0], 0.5);
        Map<String, TensorData> mistakes = Map.of("sum-instead-of-mean", expected(FixtureDType.FLOAT32, new long[0], 2.0));
        String message = failure(() -> assertThatTensor(manager.create(2.0f)).named("loss").matches(e, mistakes));
        assertThat(message).contains("hint: " + HintMessages.mistake("sum-instead-of-mean")).doesNotContain("4×");
    }

    @Test
    void nullAndJavaNumbers() {
        TensorData e = expected(FixtureDType.FLOAT32, new long[0], 0.75);
        assertThat(failure(() -> assertThatTensor(null).named("accuracy").matches(e)))
                .isEqualTo("L9.9 accuracy is null: the method returned nothing");
        assertThatCode(() -> assertThatNumber(0.75).matches(e)).doesNotThrowAnyException();
        assertThat(failure(() -> assertThatNumber(0.5).named("accuracy").matches(e)))
                .startsWith("L9.9 accuracy differs from PyTorch's").contains("expected: float32 []");
    }

    @Test
    void theFailureCarriesBothValuesForIdeDiffs() {
        TensorData e = expected(FixtureDType.FLOAT32, new long[] {2}, 1, 2);
        AssertionFailedError error = (AssertionFailedError) org.assertj.core.api.Assertions.catchThrowable(
                () -> assertThatTensor(floats(new long[] {2}, 1, 3)).matches(e));
        assertThat(error.getExpected().getStringRepresentation()).isEqualTo("float32[2] [1, 2]");
        assertThat(error.getActual().getStringRepresentation()).isEqualTo("float32[2] [1, 3]");
    }

    @Test
    void numbersArePrintedWithoutNoise() {
        assertThat(Numbers.format(0.8130745224572740)).isEqualTo("0.81307452");
        assertThat(Numbers.format(81.0)).isEqualTo("81");
        assertThat(Numbers.format(3.6e-7)).isEqualTo("3.600000e-07");
        assertThat(Numbers.format(-2.5)).isEqualTo("-2.5");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("NaN");
        assertThat(FailureMessages.compact(1e-5)).isEqualTo("1e-05");
        assertThat(FailureMessages.compact(1.3e-6)).isEqualTo("1.3e-06");
        assertThat(FailureMessages.compact(0)).isEqualTo("0");
    }
}
