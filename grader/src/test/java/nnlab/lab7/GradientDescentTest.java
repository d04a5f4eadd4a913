package nnlab.lab7;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;

import ai.djl.ndarray.NDManager;
import io.qameta.allure.SeverityLevel;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/** Grades lab 7's plain gradient descent against PyTorch's first iterations (fixtures/golden/L7.3). */
@DisplayName("Lab 7 — plain gradient descent")
class GradientDescentTest {

    @Graded(step = "L7.3", points = 3, severity = SeverityLevel.CRITICAL)
    @DisplayName("L7.3 gradient descent (alpha 5) with every gradient reset: PyTorch's losses and parameters")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.3")
    void trainsLikePyTorch(FixtureCase c, NDManager manager) {
        Lab7Fixture.Data data = Lab7Fixture.Data.of(c, manager);
        ShallowNetwork network = Lab7Fixture.trainable(c, "", manager);
        double[] losses = GradientDescent.train(network, data.inputs(), data.targets(), c.doubleParam("alpha"),
                c.intParam("iterations"));
        assertOutput(c, "losses", Lab7Fixture.losses(manager, losses));
        Lab7Fixture.assertParameters(c, network.parameters(), Lab7Fixture.NAMES, "");
    }
}
