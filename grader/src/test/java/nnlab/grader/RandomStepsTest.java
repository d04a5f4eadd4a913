package nnlab.grader;

import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.lang.reflect.Method;
import java.util.Map;
import nnlab.course.DjlDefaults;
import nnlab.fixtures.Fixtures;
import nnlab.fixtures.TensorData;
import nnlab.fixtures.Tolerance;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lab 1's random steps: their fixtures and their graded tests agree on the seed, and GPUs are graded fairly. */
class RandomStepsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"L1.2", "L1.3", "L1.4"})
    void fixturesWereDrawnUnderTheSeedTheirTestsGiveTheEngine(String step) throws Exception {
        int graded = 0;
        for (Method m : Class.forName("nnlab.lab1.TensorsTest").getDeclaredMethods()) {
            Graded g = m.getAnnotation(Graded.class);
            if (g != null && g.step().equals(step)) {
                assertThat(Fixtures.golden(step).seed()).as("%s's fixture seed vs @Graded(seed) of %s", step, m.getName())
                        .contains((long) g.seed());
                graded++;
            }
        }
        assertThat(graded).as("graded tests of %s", step).isPositive();
    }

    /** On a GPU only shape and dtype are graded (CUDA's generator draws other numbers); the shape still counts. */
    @Test
    void shapeAndDtypeOnlyStillChecksTheShape() {
        Tolerance shapeAndDtypeOnly = new Tolerance(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, "GPU");
        DjlDefaults.apply();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            TensorData expected = Fixtures.golden("L1.3").cases().get(0).expected("values");
            assertThatTensor(manager.zeros(new Shape(expected.shape()))).matches(expected, shapeAndDtypeOnly, Map.of());
            assertThatThrownBy(() -> assertThatTensor(manager.zeros(new Shape(expected.shape()[0] + 1)))
                    .matches(expected, shapeAndDtypeOnly, Map.of())).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("wrong shape");
        }
    }
}
