package nnlab.lab5;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static nnlab.grader.assertions.GradingAssertions.assertThatNumber;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.SequentialBlock;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.assertions.ModelState;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/** Grades lab 5's evaluation of the trained model (fixtures/golden/L5.8). */
@DisplayName("Lab 5 — evaluation")
class EvaluationTest {

    @Graded(step = "L5.8", points = 1, judges = {"logits"})
    @DisplayName("L5.8 the logits of the training set in eval mode (000: [[2.9320, -4.2563], …])")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.8")
    void logits(FixtureCase c, NDManager manager) {
        SequentialBlock model = ModelState.linearStack(c, "", true, manager);
        assertOutput(c, "logits", Evaluation.predict(model, c.input("trainFeatures").toNDArray(manager)));
    }

    @Graded(step = "L5.8", points = 1, judges = {"probabilities"})
    @DisplayName("L5.8 softmax probabilities of every row (000: [[0.9992, 0.0008], …])")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.8")
    void probabilities(FixtureCase c, NDManager manager) {
        assertOutput(c, "probabilities", Evaluation.probabilities(c.input("logits").toNDArray(manager)));
    }

    @Graded(step = "L5.8", points = 1, judges = {"predictions"})
    @DisplayName("L5.8 argmax predictions, int64")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.8")
    void predictions(FixtureCase c, NDManager manager) {
        assertOutput(c, "predictions", Evaluation.predictions(c.input("probabilities").toNDArray(manager)));
    }

    @Graded(step = "L5.8", points = 1, judges = {"trainAccuracy", "testAccuracy"})
    @DisplayName("L5.8 accuracy on the training and the test set")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.8")
    void accuracy(FixtureCase c, NDManager manager) {
        SequentialBlock model = ModelState.linearStack(c, "", true, manager);
        assertThatNumber(Evaluation.accuracy(model, c.input("trainFeatures").toNDArray(manager),
                c.input("trainLabels").toNDArray(manager))).named("train accuracy")
                .matches(c.expected("trainAccuracy"), c.mistakes("trainAccuracy"));
        assertThatNumber(Evaluation.accuracy(model, c.input("testFeatures").toNDArray(manager),
                c.input("testLabels").toNDArray(manager))).named("test accuracy")
                .matches(c.expected("testAccuracy"), c.mistakes("testAccuracy"));
    }
}
