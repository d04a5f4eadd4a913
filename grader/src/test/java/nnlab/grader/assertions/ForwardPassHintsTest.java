package nnlab.grader.assertions;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.fixtures.Tolerance;
import nnlab.grader.hints.HintMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lab 2's hints, fed the models and values a mistake produces: a transposed product (x @ W.T written as W @ x.T),
 * a Linear layer built without its bias, the wrong number of layers or units, sigmoid vs softmax confusion. The
 * models are built here with DJL, as a student would build them wrongly.
 */
class ForwardPassHintsTest {

    private NDManager manager;

    @BeforeEach
    void open() {
        nnlab.course.DjlDefaults.apply();
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        GradingContext.leave();
        manager.close();
    }

    private static SequentialBlock stack(boolean bias, int... units) {
        SequentialBlock model = new SequentialBlock();
        for (int u : units) {
            model.add(Linear.builder().setUnits(u).optBias(bias).build());
        }
        return model;
    }

    private NDArray run(Block model, FixtureCase c) {
        NDArray input = c.input("input").toNDArray(manager);
        model.initialize(manager, DataType.FLOAT32, input.getShape());
        LinearLayers.setParameters(model, c);
        return model.forward(new ParameterStore(manager, false), new NDList(input), false).singletonOrThrow();
    }

    @Test
    void weightTimesInputIsTheTransposedShape() {
        GradingContext.enter("L2.1");
        FixtureCase c = Fixtures.golden("L2.1").cases().get(2); // 2 samples through nn.Linear(6, 4)
        NDArray x = c.input("x").toNDArray(manager);
        NDArray w = c.input("weight").toNDArray(manager);
        NDArray b = c.input("bias").toNDArray(manager);
        NDArray mistaken = w.matMul(x.transpose()).add(b.reshape(4, 1)); // W @ x.T + b: [4, 2]
        assertThatThrownBy(() -> assertOutput(c, "output", mistaken)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L2.1 output has the wrong shape")
                .hasMessageContaining("hint: the shape [4, 2] is [2, 4] transposed and the values match its"
                        + " transpose: PyTorch keeps a Linear weight as [out_features, in_features]");
    }

    @Test
    void aModelWithoutBiasesIsNamed() {
        GradingContext.enter("L2.3");
        FixtureCase c = Fixtures.golden("L2.3").cases().get(1);
        NDArray output = run(stack(false, 20, 12, 6, 1), c);
        assertThatThrownBy(() -> assertOutput(c, "output", output)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("hint: " + HintMessages.mistake("missing-bias"));
    }

    @Test
    void aMissingLayerIsNamedWithTheNotebooksArchitecture() {
        GradingContext.enter("L2.3");
        FixtureCase c = Fixtures.golden("L2.3").cases().get(0);
        assertThatThrownBy(() -> run(stack(true, 20, 12, 1), c)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L2.3 the model has 3 Linear layers, expected 4 (11 → 20 → 12 → 6 → 1)")
                .hasMessageContaining("found, in order: [Linear(11, 20), Linear(20, 12), Linear(12, 1)]");
    }

    @Test
    void wrongUnitsAreNamedByLayer() {
        GradingContext.enter("L2.3");
        FixtureCase c = Fixtures.golden("L2.3").cases().get(0);
        assertThatThrownBy(() -> run(stack(true, 20, 6, 12, 1), c)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L2.3 Linear layer 1 (nn.Linear(20, 12))'s weight has shape [6, 20],"
                        + " PyTorch's has [12, 20]")
                .hasMessageContaining("setUnits(n)");
    }

    @Test
    void softmaxOnOneOutputIsNotAProbability() {
        GradingContext.enter("L2.2");
        FixtureCase c = Fixtures.golden("L2.2").cases().get(1);
        SequentialBlock model = stack(true, 1);
        model.addSingleton(z -> z.softmax(-1));
        NDArray output = run(model, c);
        assertThatThrownBy(() -> assertOutput(c, "output", output)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("hint: " + HintMessages.mistake("softmax-instead-of-sigmoid"));
        assertThatThrownBy(() -> TensorProperties.assertValuesIn("output", output, 0, false, 1, false,
                "a sigmoid maps every logit into (0, 1)")).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L2.2 output has values outside (0, 1)")
                .hasMessageContaining("4 of 4 elements outside; first at [0, 0]: 1")
                .hasMessageContaining("hint: a sigmoid maps every logit into (0, 1)");
    }

    @Test
    void sigmoidOnFourClassesGivesRowsThatDoNotSumToOne() {
        GradingContext.enter("L2.4");
        FixtureCase c = Fixtures.golden("L2.4").cases().get(1);
        SequentialBlock model = stack(true, 20, 12, 6, 4);
        model.add(Activation.sigmoidBlock());
        NDArray output = run(model, c);
        assertThatThrownBy(() -> assertOutput(c, "output", output)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("hint: " + HintMessages.mistake("sigmoid-instead-of-softmax"));
        assertThatThrownBy(() -> TensorProperties.assertRowsSumToOne("output", output,
                new Tolerance(0, 1e-5, "float32"))).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("L2.4 output has rows that do not sum to 1")
                .hasMessageContaining("3 of 3 rows off")
                .hasMessageContaining("softmax over the last dimension");
    }

    @Test
    void softmaxRowsPassTheRowCheck() {
        GradingContext.enter("L2.4");
        NDArray probabilities = manager.randomNormal(new Shape(5, 4)).softmax(-1);
        TensorProperties.assertRowsSumToOne("output", probabilities, new Tolerance(0, 1e-5, "float32"));
        TensorProperties.assertValuesIn("output", probabilities, 0, true, 1, true, null);
    }
}
