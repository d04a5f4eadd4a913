package nnlab.lab1;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.TensorData;
import nnlab.fixtures.Tolerance;
import nnlab.grader.assertions.TensorProperties;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/** Grades lab 1, the tensor basics of seed 003, against PyTorch's values (fixtures/golden/L1.*.json). */
@DisplayName("Lab 1 — tensors")
class TensorsTest {

    /** The seed of the random steps' fixtures; the grading extension seeds DJL's engine with it. */
    private static final int SEED = 3;

    /**
     * On a GPU, random values come from CUDA's own generator, which PyTorch's CPU values cannot predict: there
     * only the shape and dtype are graded.
     */
    private static final Tolerance SHAPE_AND_DTYPE_ONLY = new Tolerance(Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY, "random values drawn on a GPU differ from the CPU's: shape and dtype only");

    @Graded(step = "L1.1", points = 1)
    @DisplayName("L1.1 a float32 tensor from nested lists, as torch.tensor(rows, dtype=torch.float32)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L1.1")
    void fromRows(FixtureCase c, NDManager manager) {
        NDArray tensor = Tensors.fromRows(manager, rows(c.input("rows")));
        assertOutput(c, "tensor", tensor);
    }

    @Graded(step = "L1.2", points = 1, seed = SEED)
    @DisplayName("L1.2 uniform random values in [0, 1) under a seed, as torch.rand")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L1.2")
    void rand(FixtureCase c, NDManager manager) {
        NDArray values = Tensors.rand(manager, shape(c));
        TensorProperties.assertOnDevice("values", values, manager.getDevice());
        assertDrawn(c, values);
        TensorProperties.assertValuesIn("values", values, 0, true, 1, false,
                "rand draws from [0, 1): randomUniform(0, 1, shape), not randomNormal.");
    }

    @Graded(step = "L1.3", points = 1, seed = SEED)
    @DisplayName("L1.3 standard normal random values under a seed, as torch.randn")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L1.3")
    void randn(FixtureCase c, NDManager manager) {
        NDArray values = Tensors.randn(manager, shape(c));
        TensorProperties.assertOnDevice("values", values, manager.getDevice());
        assertDrawn(c, values);
    }

    @Graded(step = "L1.4", points = 1, seed = SEED)
    @DisplayName("L1.4 normal random values with mean and std under a seed, as torch.normal")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L1.4")
    void normal(FixtureCase c, NDManager manager) {
        NDArray values = Tensors.normal(manager, (float) c.doubleParam("mean"), (float) c.doubleParam("std"),
                shape(c));
        TensorProperties.assertOnDevice("values", values, manager.getDevice());
        assertDrawn(c, values);
    }

    @Graded(step = "L1.5", points = 1)
    @DisplayName("L1.5 view/reshape with -1 inferring a dimension, as a.view(-1, 3)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L1.5")
    void view(FixtureCase c, NDManager manager) {
        NDArray a = c.input("a").toNDArray(manager);
        assertOutput(c, "view", Tensors.view(a, shape(c)));
    }

    @Graded(step = "L1.6", points = 1)
    @DisplayName("L1.6 sum, mean and max over the whole tensor (0-d results)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L1.6")
    void wholeTensorReductions(FixtureCase c, NDManager manager) {
        NDArray a = c.input("a").toNDArray(manager);
        assertOutput(c, "sum", Tensors.sum(a));
        assertOutput(c, "mean", Tensors.mean(a));
        assertOutput(c, "max", Tensors.max(a));
    }

    @Graded(step = "L1.7", points = 2)
    @DisplayName("L1.7 sum, mean and max over dim 0 and dim 1 (max gives values and int64 indices)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L1.7")
    void reductionsOverADimension(FixtureCase c, NDManager manager) {
        NDArray a = c.input("a").toNDArray(manager);
        int dim = c.intParam("dim");
        assertOutput(c, "sum", Tensors.sum(a, dim));
        assertOutput(c, "mean", Tensors.mean(a, dim));
        NDList max = Tensors.max(a, dim);
        assertThat(max).as("L1.7 max(a, dim) returns two tensors, values then indices (torch.return_types.max)")
                .isNotNull().hasSize(2);
        assertOutput(c, "maxValues", max.get(0));
        assertOutput(c, "maxIndices", max.get(1));
    }

    @Graded(step = "L1.8", points = 1)
    @DisplayName("L1.8 element-wise exp and natural log")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L1.8")
    void expAndLog(FixtureCase c, NDManager manager) {
        NDArray a = c.input("a").toNDArray(manager);
        assertOutput(c, "exp", Tensors.exp(a));
        assertOutput(c, "log", Tensors.log(a));
    }

    @Graded(step = "L1.9", points = 1)
    @DisplayName("L1.9 the chosen device (GPU if the engine has one, else CPU) and a tensor moved to it")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L1.9")
    void chooseDeviceAndMove(FixtureCase c, NDManager manager) {
        Device expected = Engine.getInstance().getGpuCount() > 0 ? Device.gpu() : Device.cpu();
        TensorProperties.assertDevice("the chosen device", Tensors.chooseDevice(), expected);
        NDArray a = c.input("a").toNDArray(manager);
        NDArray moved = Tensors.toDevice(a, expected);
        TensorProperties.assertOnDevice("moved", moved, expected);
        assertOutput(c, "moved", moved);
        NDArray back = Tensors.toDevice(moved, Device.cpu());
        TensorProperties.assertOnDevice("moved back", back, Device.cpu());
        assertOutput(c, "moved", back);
    }

    private static void assertDrawn(FixtureCase c, NDArray values) {
        TensorData expected = c.expected("values");
        if (values != null && values.getDevice().isGpu()) {
            assertThatTensor(values).named("values").matches(expected, SHAPE_AND_DTYPE_ONLY, Map.of());
        } else {
            assertOutput(c, "values", values);
        }
    }

    private static Shape shape(FixtureCase c) {
        return new Shape(c.longArrayParam("shape"));
    }

    /** A 2-d fixture tensor as Java rows. */
    private static double[][] rows(TensorData t) {
        long[] shape = t.shape();
        int n = (int) shape[0];
        int m = (int) shape[1];
        double[][] rows = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                rows[i][j] = t.value(i * m + j);
            }
        }
        return rows;
    }
}
