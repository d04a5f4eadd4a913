package nnlab.lab7;

import static nnlab.grader.assertions.GradingAssertions.assertThatNumber;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.assertions.GradingContext;
import nnlab.grader.assertions.UniformSampleCheck;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.opentest4j.AssertionFailedError;

/** Grades lab 7's Xavier-uniform initialisation against torch.nn.init (fixtures/golden/L7.7). */
@DisplayName("Lab 7 — Xavier-uniform initialisation")
class XavierInitTest {

    @Graded(step = "L7.7", points = 1, judges = {"bound"})
    @DisplayName("L7.7 the Xavier bound sqrt(6 / (fan_in + fan_out)) with torch's fans, for each parameter's shape")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.7")
    void bound(FixtureCase c) {
        assertThatNumber(XavierInit.bound(shapeOf(c))).named("bound").matches(c.expected("bound"),
                c.mistakes("bound"));
    }

    @Graded(step = "L7.7", points = 1, seed = 7, judges = {"bound"})
    @DisplayName("L7.7 the draws: float64, the shape asked for, and the statistics of uniform(-a, a)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.7")
    void draws(FixtureCase c, NDManager manager) {
        Shape shape = shapeOf(c);
        int draws = c.intParam("draws");
        double[] values = new double[(int) (draws * shape.size())];
        for (int d = 0; d < draws; d++) {
            try (NDArray drawn = XavierInit.uniform(manager, shape)) {
                if (drawn == null || !drawn.getShape().equals(shape) || drawn.getDataType() != DataType.FLOAT64) {
                    throw new AssertionFailedError(GradingContext.currentStep() + " XavierInit.uniform(manager, "
                            + shape + ") returned " + (drawn == null ? "null" : drawn.getDataType() + " "
                            + drawn.getShape()) + "; expected float64 " + shape);
                }
                double[] flat = drawn.toDoubleArray();
                System.arraycopy(flat, 0, values, (int) (d * shape.size()), flat.length);
            }
        }
        UniformSampleCheck.assertUniform(c.textParam("parameter") + "'s " + draws + " draws", values,
                c.expected("bound"));
    }

    private static Shape shapeOf(FixtureCase c) {
        var dims = c.jsonParam("shape");
        long[] out = new long[dims.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dims.get(i).asLong();
        }
        return new Shape(out);
    }
}
