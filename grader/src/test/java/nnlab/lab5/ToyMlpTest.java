package nnlab.lab5;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static nnlab.grader.assertions.GradingAssertions.assertThatNumber;
import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Map;
import nnlab.course.random.TorchGenerator;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.assertions.ModelState;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/** Grades lab 5's MLP: its blocks and nn.Linear's initialisation (fixtures/golden/L5.4, L5.5). */
@DisplayName("Lab 5 — the MLP")
class ToyMlpTest {

    @Graded(step = "L5.4", points = 2)
    @DisplayName("L5.4 the MLP as DJL blocks: with PyTorch's initial weights it computes PyTorch's logits")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.4")
    void forward(FixtureCase c, NDManager manager) {
        int[] hidden = hidden(c);
        SequentialBlock model = ToyMlp.create(c.intParam("numInputs"), c.intParam("numOutputs"), hidden);
        ToyMlp.initialize(model, manager, c.intParam("numInputs"));
        ModelState.load(model, c, "");
        NDArray features = c.input("features").toNDArray(manager);
        NDArray logits = model.forward(new ParameterStore(manager, false), new NDList(features), false)
                .singletonOrThrow();
        assertOutput(c, "logits", logits);
    }

    @Graded(step = "L5.5", points = 2)
    @DisplayName("L5.5 nn.Linear's initialisation from the seed: uniform(±1/√fan_in), weight then bias")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.5")
    void initialisation(FixtureCase c, NDManager manager) {
        SequentialBlock model = graderMlp(c, manager);
        TorchGenerator generator = new TorchGenerator(c.longParam("seed"));
        ToyMlp.initializeLikePyTorch(model, generator);
        List<String> names = ModelState.names(c);
        Map<String, NDArray> values = ModelState.values(model, names);
        for (String name : names) {
            assertThatTensor(values.get(name)).named(name).matches(c.expected(name), c.mistakes(name));
        }
        assertThatNumber(generator.outputsDrawn()).named("outputs drawn from the generator")
                .matches(c.expected("outputsDrawn"));
    }

    static int[] hidden(FixtureCase c) {
        int[] hidden = new int[c.jsonParam("hidden").size()];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = c.jsonParam("hidden").get(i).asInt();
        }
        return hidden;
    }

    /** The grader's own MLP of the case's shapes (Linear, ReLU, ..., Linear), its values still DJL's. */
    static SequentialBlock graderMlp(FixtureCase c, NDManager manager) {
        SequentialBlock block = new SequentialBlock();
        for (int units : hidden(c)) {
            block.add(ai.djl.nn.core.Linear.builder().setUnits(units).build());
            block.add(ai.djl.nn.Activation.reluBlock());
        }
        block.add(ai.djl.nn.core.Linear.builder().setUnits(c.intParam("numOutputs")).build());
        block.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32,
                new ai.djl.ndarray.types.Shape(1, c.intParam("numInputs")));
        return block;
    }
}
