package nnlab.lab4;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import io.qameta.allure.SeverityLevel;
import java.util.List;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.assertions.LinearLayers;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Grades lab 4 on seed 001's network 16 → 8 → 4 → 2 against PyTorch's values (fixtures/golden/L4.1–L4.4.json).
 * The network is the given {@link Gradients#notebookNetwork()} with PyTorch's initial parameters set into it;
 * where a step starts after backward, the test runs backward itself, so each step is graded on its own.
 */
@DisplayName("Lab 4 — gradients (seed 001's network)")
class GradientsTest {

    @Graded(step = "L4.1", points = 3, severity = SeverityLevel.CRITICAL)
    @DisplayName("L4.1 loss.backward() through 16 → 8 → 4 → 2: the loss and every layer's weight and bias gradient")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L4.1")
    void backward(FixtureCase c, NDManager manager) {
        Block model = network(c, manager);
        NDArray loss = Gradients.backward(model, c.input("sample").toNDArray(manager),
                c.input("target").toNDArray(manager));
        assertOutput(c, "loss", loss);
        List<Linear> layers = LinearLayers.of(model);
        for (int i = 0; i < layers.size(); i++) {
            assertOutput(c, "weight" + i + "Grad", parameter(layers.get(i), "weight").getGradient());
            assertOutput(c, "bias" + i + "Grad", parameter(layers.get(i), "bias").getGradient());
        }
    }

    @Graded(step = "L4.2", points = 1)
    @DisplayName("L4.2 a layer's gradients after backward, as model[i].weight.grad and model[i].bias.grad")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L4.2")
    void layerGradients(FixtureCase c, NDManager manager) {
        Block model = network(c, manager);
        runBackward(model, c, manager);
        NDList gradients = Gradients.layerGradients(model, c.intParam("layer"));
        assertThat(gradients).as("L4.2 layerGradients returns two tensors, the weight's gradient then the bias's")
                .isNotNull().hasSize(2);
        assertOutput(c, "weightGrad", gradients.get(0));
        assertOutput(c, "biasGrad", gradients.get(1));
    }

    @Graded(step = "L4.3", points = 2)
    @DisplayName("L4.3 the manual update w − lr·grad (lr 0.001)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L4.3")
    void manualUpdate(FixtureCase c, NDManager manager) {
        NDArray parameter = c.input("parameter").toNDArray(manager);
        NDArray gradient = c.input("gradient").toNDArray(manager);
        NDArray updated = Gradients.manualUpdate(parameter, gradient, (float) c.doubleParam("learningRate"));
        assertOutput(c, "updated", updated);
    }

    @Graded(step = "L4.4", points = 2)
    @DisplayName("L4.4 one SGD optimizer step (lr 0.001) gives PyTorch's updated parameters")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L4.4")
    void sgdStep(FixtureCase c, NDManager manager) {
        Block model = network(c, manager);
        runBackward(model, c, manager);
        Gradients.sgdStep(model, (float) c.doubleParam("learningRate"));
        List<Linear> layers = LinearLayers.of(model);
        for (int i = 0; i < layers.size(); i++) {
            assertOutput(c, "weight" + i, parameter(layers.get(i), "weight"));
            assertOutput(c, "bias" + i, parameter(layers.get(i), "bias"));
        }
    }

    /** The given network, initialised, with the case's PyTorch parameters. */
    private static Block network(FixtureCase c, NDManager manager) {
        SequentialBlock model = Gradients.notebookNetwork();
        model.initialize(manager, DataType.FLOAT32, new Shape(1, 16));
        LinearLayers.setParameters(model, c);
        return model;
    }

    /** The test's own forward, loss and backward, for the steps that start after backward. */
    private static void runBackward(Block model, FixtureCase c, NDManager manager) {
        NDArray sample = c.input("sample").toNDArray(manager);
        NDArray target = c.input("target").toNDArray(manager);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(Gradients.crossEntropy(Gradients.forward(model, sample, true), target));
        }
    }

    private static NDArray parameter(Linear layer, String name) {
        return layer.getParameters().get(name).getArray();
    }
}
