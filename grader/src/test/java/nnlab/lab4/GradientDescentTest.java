package nnlab.lab4;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.qameta.allure.SeverityLevel;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.grader.assertions.GradientCheck;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Grades lab 4 on seed 002's shallow network with hand-made float64 parameters against PyTorch's values
 * (fixtures/golden/L4.5–L4.8.json, 64 points of the notebook's data set). Where a step starts after backward, the
 * test runs backward itself; the hand-written gradients are also checked by finite differences
 * ({@link GradientCheck}) at a random point no fixture holds.
 */
@DisplayName("Lab 4 — gradients (seed 002's gradient descent)")
class GradientDescentTest {

    @Graded(step = "L4.5", points = 2)
    @DisplayName("L4.5 the gradient-descent update W ← W − alpha·W.grad of W1, b1, W2, b2 (alpha 5)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L4.5")
    void update(FixtureCase c, NDManager manager) {
        ShallowNetwork network = trainable(c, manager);
        runBackward(network, c, manager);
        GradientDescent.update(network, c.doubleParam("alpha"));
        assertParameters(c, network);
    }

    @Graded(step = "L4.6", points = 2, severity = SeverityLevel.CRITICAL)
    @DisplayName("L4.6 the gradient reset: every gradient zero (b2's too), the parameters kept")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L4.6")
    void resetGradients(FixtureCase c, NDManager manager) {
        ShallowNetwork network = trainable(c, manager);
        runBackward(network, c, manager);
        GradientDescent.resetGradients(network);
        NDList parameters = network.parameters();
        for (int k = 0; k < parameters.size(); k++) {
            assertOutput(c, ShallowNetwork.NAMES.get(k) + "Grad", parameters.get(k).getGradient());
        }
        assertParameters(c, network);
    }

    @Graded(step = "L4.7", points = 2)
    @DisplayName("L4.7 the gradient-descent loop for 2 and 10 iterations: losses and parameters")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L4.7")
    void train(FixtureCase c, NDManager manager) {
        ShallowNetwork network = trainable(c, manager);
        NDArray losses = GradientDescent.train(network, c.input("inputs").toNDArray(manager),
                c.input("targets").toNDArray(manager), c.doubleParam("alpha"), c.intParam("iterations"));
        assertParameters(c, network);
        assertOutput(c, "losses", losses);
    }

    @Graded(step = "L4.8", points = 2, severity = SeverityLevel.CRITICAL)
    @DisplayName("L4.8 the shallow network's gradients by hand (chain rule) equal PyTorch's autograd")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L4.8")
    void backwardByHand(FixtureCase c, NDManager manager) {
        ShallowNetwork network = ShallowNetwork.of(parameters(c, manager));
        NDList gradients = GradientDescent.backwardByHand(network, c.input("inputs").toNDArray(manager),
                c.input("targets").toNDArray(manager));
        assertThat(gradients).as("L4.8 backwardByHand returns four gradients: dW1, db1, dW2, db2").isNotNull()
                .hasSize(4);
        for (int k = 0; k < gradients.size(); k++) {
            assertOutput(c, ShallowNetwork.NAMES.get(k) + "Grad", gradients.get(k));
        }
    }

    @Graded(step = "L4.8", points = 1, seed = 48)
    @DisplayName("L4.8 the gradients by hand pass a finite-difference check at a random point")
    @Test
    void backwardByHandPassesGradientCheck(NDManager manager) {
        FixtureCase data = Fixtures.golden("L4.8").cases().get(0); // the public case (hidden ones follow when sealed)
        NDArray inputs = data.input("inputs").toNDArray(manager);
        NDArray targets = data.input("targets").toNDArray(manager);
        NDList point = new NDList(
                manager.randomNormal(0, 0.5f, new Shape(2, 10), DataType.FLOAT64),
                manager.randomNormal(0, 0.5f, new Shape(1, 10), DataType.FLOAT64),
                manager.randomNormal(0, 0.5f, new Shape(10, 1), DataType.FLOAT64),
                manager.randomNormal(0, 0.5f, new Shape(1, 1), DataType.FLOAT64));
        NDList gradients = GradientDescent.backwardByHand(ShallowNetwork.of(point), inputs, targets);
        GradientCheck.of(p -> ShallowNetwork.of(p).loss(inputs, targets))
                .verify(ShallowNetwork.NAMES, point, gradients);
    }

    private static NDList parameters(FixtureCase c, NDManager manager) {
        NDList out = new NDList();
        for (String name : ShallowNetwork.NAMES) {
            out.add(c.input(name).toNDArray(manager));
        }
        return out;
    }

    private static ShallowNetwork trainable(FixtureCase c, NDManager manager) {
        NDList p = parameters(c, manager);
        return ShallowNetwork.trainable(p.get(0), p.get(1), p.get(2), p.get(3));
    }

    /**
     * What backward leaves in every parameter's gradient, for the steps that start after backward: PyTorch's
     * gradients from the fixture ({@code backward.W1}, ...), put there by a backward of Σ_p (p · g_p), whose gradient
     * with respect to p is g_p. No loss of the test's own: a BCE here would be L3.4's answer, which the release does
     * not ship.
     */
    private static void runBackward(ShallowNetwork network, FixtureCase c, NDManager manager) {
        NDList parameters = network.parameters();
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray total = null;
            for (int k = 0; k < parameters.size(); k++) {
                NDArray g = c.input("backward." + ShallowNetwork.NAMES.get(k)).toNDArray(manager);
                NDArray term = parameters.get(k).mul(g).sum();
                total = total == null ? term : total.add(term);
            }
            collector.backward(total);
        }
    }

    private static void assertParameters(FixtureCase c, ShallowNetwork network) {
        NDList parameters = network.parameters();
        for (int k = 0; k < parameters.size(); k++) {
            assertOutput(c, ShallowNetwork.NAMES.get(k), parameters.get(k));
        }
    }
}
