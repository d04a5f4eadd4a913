package nnlab.lab2;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.qameta.allure.SeverityLevel;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Tolerance;
import nnlab.grader.assertions.LinearLayers;
import nnlab.grader.assertions.TensorProperties;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Grades lab 2, the forward passes of seed 001, against PyTorch's outputs (fixtures/golden/L2.*.json). Each model
 * the student builds is initialised for the fixture's input, gets PyTorch's weights and biases set into its Linear
 * layers ({@link LinearLayers}), and runs on the notebook's input; the properties (probabilities in (0, 1), rows
 * summing to 1) are checked on 64 random samples with DJL's own initialisation.
 */
@DisplayName("Lab 2 — forward passes")
class ForwardPassesTest {

    /** How far a softmax row's float32 sum may be from 1. */
    private static final Tolerance ROW_SUM = new Tolerance(0, 1e-5, "float32 sums of a few probabilities");

    @Graded(step = "L2.1", points = 2, severity = SeverityLevel.CRITICAL)
    @DisplayName("L2.1 one Linear layer written out: x @ W.T + b, W as [out_features, in_features]")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L2.1")
    void linear(FixtureCase c, NDManager manager) {
        NDArray x = c.input("x").toNDArray(manager);
        NDArray weight = c.input("weight").toNDArray(manager);
        NDArray bias = c.input("bias").toNDArray(manager);
        assertOutput(c, "output", ForwardPasses.linear(x, weight, bias));
    }

    @Graded(step = "L2.2", points = 2)
    @DisplayName("L2.2 the binary classifier Linear(8, 1) + Sigmoid on the notebook's input")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L2.2")
    void binaryClassifier(FixtureCase c, NDManager manager) {
        assertOutput(c, "output", runWithFixtureParameters(ForwardPasses.binaryClassifier(), c, manager));
    }

    @Graded(step = "L2.2", points = 1, seed = 22)
    @DisplayName("L2.2 the binary classifier's outputs are probabilities in (0, 1), one per sample")
    @Test
    void binaryOutputsAreProbabilities(NDManager manager) {
        Block model = ForwardPasses.binaryClassifier();
        NDArray output = runOnRandomSamples(model, 8, manager);
        assertThat(output.getShape()).as("L2.2 output shape for 64 samples").isEqualTo(new Shape(64, 1));
        TensorProperties.assertValuesIn("output", output, 0, false, 1, false,
                "a sigmoid maps every logit into (0, 1): end the model with Activation.sigmoidBlock(). A softmax"
                        + " over one output is always 1.");
    }

    @Graded(step = "L2.3", points = 2)
    @DisplayName("L2.3 the regression stack 11 → 20 → 12 → 6 → 1 on the notebook's input")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L2.3")
    void regressionStack(FixtureCase c, NDManager manager) {
        assertOutput(c, "output", runWithFixtureParameters(ForwardPasses.regressionStack(), c, manager));
    }

    @Graded(step = "L2.4", points = 2, severity = SeverityLevel.CRITICAL)
    @DisplayName("L2.4 the 4-class classifier 11 → 20 → 12 → 6 → 4 + Softmax(dim=-1) on the notebook's input")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L2.4")
    void multiClassClassifier(FixtureCase c, NDManager manager) {
        assertOutput(c, "output", runWithFixtureParameters(ForwardPasses.multiClassClassifier(), c, manager));
    }

    @Graded(step = "L2.4", points = 1, seed = 24)
    @DisplayName("L2.4 the 4-class classifier's rows are probabilities that sum to 1")
    @Test
    void multiClassRowsSumToOne(NDManager manager) {
        Block model = ForwardPasses.multiClassClassifier();
        NDArray output = runOnRandomSamples(model, 11, manager);
        assertThat(output.getShape()).as("L2.4 output shape for 64 samples").isEqualTo(new Shape(64, 4));
        TensorProperties.assertValuesIn("output", output, 0, true, 1, true,
                "probabilities lie in [0, 1]: end the model with a softmax over the classes, softmax(-1).");
        TensorProperties.assertRowsSumToOne("output", output, ROW_SUM);
    }

    /** Initialises the model for the case's input, sets PyTorch's parameters into it and runs it. */
    private static NDArray runWithFixtureParameters(Block model, FixtureCase c, NDManager manager) {
        NDArray input = c.input("input").toNDArray(manager);
        initialise(model, input.getShape(), manager);
        LinearLayers.setParameters(model, c);
        return forward(model, input);
    }

    /** Runs a model with DJL's initialisation (seeded by the test) on 64 samples of N(0, 3²) features. */
    private static NDArray runOnRandomSamples(Block model, int features, NDManager manager) {
        NDArray input = manager.randomNormal(0f, 3f, new Shape(64, features), DataType.FLOAT32);
        initialise(model, input.getShape(), manager);
        return forward(model, input);
    }

    private static void initialise(Block model, Shape inputShape, NDManager manager) {
        assertThat(model).as("the model (the method returned null)").isNotNull();
        model.initialize(manager, DataType.FLOAT32, inputShape);
    }

    private static NDArray forward(Block model, NDArray input) {
        NDList output = model.forward(new ParameterStore(input.getManager(), false), new NDList(input), false);
        assertThat(output).as("the model's outputs (one tensor expected)").hasSize(1);
        return output.get(0);
    }
}
