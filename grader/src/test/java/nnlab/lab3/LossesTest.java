package nnlab.lab3;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static nnlab.grader.assertions.GradingAssertions.assertThatNumber;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.qameta.allure.SeverityLevel;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/** Grades lab 3, the losses, against PyTorch's values (fixtures/golden/L3.*.json). */
@DisplayName("Lab 3 — losses")
class LossesTest {

    @Graded(step = "L3.1", points = 1)
    @DisplayName("L3.1 one-hot encoding, as F.one_hot (int64)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L3.1")
    void oneHot(FixtureCase c, NDManager manager) {
        NDArray labels = c.input("labels").toNDArray(manager);
        assertOutput(c, "oneHot", Losses.oneHot(labels, c.intParam("numClasses")));
    }

    @Graded(step = "L3.2", points = 2, severity = SeverityLevel.CRITICAL)
    @DisplayName("L3.2 cross-entropy from logits with class-index targets")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L3.2")
    void crossEntropy(FixtureCase c, NDManager manager) {
        NDArray logits = c.input("logits").toNDArray(manager);
        NDArray labels = c.input("labels").toNDArray(manager);
        assertOutput(c, "loss", Losses.crossEntropy(logits, labels));
    }

    @Graded(step = "L3.3", points = 2, severity = SeverityLevel.CRITICAL)
    @DisplayName("L3.3 cross-entropy with one-hot (probability) targets, float64")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L3.3")
    void crossEntropyWithProbabilities(FixtureCase c, NDManager manager) {
        NDArray scores = c.input("scores").toNDArray(manager);
        NDArray targets = c.input("targets").toNDArray(manager);
        assertOutput(c, "loss", Losses.crossEntropyWithProbabilities(scores, targets));
    }

    @Graded(step = "L3.4", points = 2)
    @DisplayName("L3.4 binary cross-entropy on probabilities (BCELoss)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L3.4")
    void binaryCrossEntropy(FixtureCase c, NDManager manager) {
        NDArray probabilities = c.input("probabilities").toNDArray(manager);
        NDArray targets = c.input("targets").toNDArray(manager);
        assertOutput(c, "loss", Losses.binaryCrossEntropy(probabilities, targets));
    }

    @Graded(step = "L3.5", points = 1)
    @DisplayName("L3.5 mean squared error (MSELoss)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L3.5")
    void meanSquaredError(FixtureCase c, NDManager manager) {
        NDArray predictions = c.input("predictions").toNDArray(manager);
        NDArray targets = c.input("targets").toNDArray(manager);
        assertOutput(c, "loss", Losses.meanSquaredError(predictions, targets));
    }

    @Graded(step = "L3.6", points = 2, judges = {"loss"})
    @DisplayName("L3.6 hand-written cross-entropy -(onehot * log(softmax)).mean()")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L3.6")
    void handWrittenCrossEntropy(FixtureCase c, NDManager manager) {
        NDArray logits = c.input("logits").toNDArray(manager);
        NDArray oneHot = c.input("oneHotLabels").toNDArray(manager);
        assertOutput(c, "loss", Losses.handWrittenCrossEntropy(logits, oneHot));
    }

    @Graded(step = "L3.6", points = 1, judges = {"libraryLoss"})
    @DisplayName("L3.6 the hand-written loss is the library's divided by the number of classes")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L3.6")
    void handWrittenIsLibraryOverClasses(FixtureCase c, NDManager manager) {
        NDArray logits = c.input("logits").toNDArray(manager);
        NDArray oneHot = c.input("oneHotLabels").toNDArray(manager);
        double handWritten = Losses.handWrittenCrossEntropy(logits, oneHot).getFloat();
        assertThatNumber(handWritten * c.intParam("numClasses")).named("hand-written loss × number of classes")
                .matches(c.expected("libraryLoss"));
    }
}
