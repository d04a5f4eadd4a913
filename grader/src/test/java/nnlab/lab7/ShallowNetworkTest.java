package nnlab.lab7;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.qameta.allure.SeverityLevel;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/** Grades lab 7's forward pass, loss and accuracy against PyTorch (fixtures/golden/L7.1, L7.2). */
@DisplayName("Lab 7 — the shallow network: forward pass, loss, accuracy")
class ShallowNetworkTest {

    @Graded(step = "L7.1", points = 2, severity = SeverityLevel.CRITICAL)
    @DisplayName("L7.1 forward pass sigmoid(sigmoid(X @ W1 + b1) @ W2 + b2) on hand-made float64 parameters")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.1")
    void forward(FixtureCase c, NDManager manager) {
        ShallowNetwork network = new ShallowNetwork(c.input("W1").toNDArray(manager), c.input("b1").toNDArray(manager),
                c.input("W2").toNDArray(manager), c.input("b2").toNDArray(manager));
        assertOutput(c, "predictions", network.forward(c.input("inputs").toNDArray(manager)));
    }

    @Graded(step = "L7.2", points = 1, judges = {"loss"})
    @DisplayName("L7.2 binary cross-entropy on probabilities (BCELoss, logs clamped at -100)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.2")
    void binaryCrossEntropy(FixtureCase c, NDManager manager) {
        NDArray probabilities = c.input("probabilities").toNDArray(manager);
        NDArray targets = c.input("targets").toNDArray(manager);
        assertOutput(c, "loss", BinaryMetrics.binaryCrossEntropy(probabilities, targets));
    }

    @Graded(step = "L7.2", points = 1, judges = {"accuracy"})
    @DisplayName("L7.2 binary accuracy as torchmetrics' BinaryAccuracy (prediction > 0.5, float32)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.2")
    void accuracy(FixtureCase c, NDManager manager) {
        NDArray probabilities = c.input("probabilities").toNDArray(manager);
        NDArray targets = c.input("targets").toNDArray(manager);
        assertOutput(c, "accuracy", BinaryMetrics.accuracy(probabilities, targets));
    }
}
