package nnlab.lab7;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import io.qameta.allure.SeverityLevel;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/** Grades lab 7's Linear version against In [19] run by PyTorch (fixtures/golden/L7.8). */
@DisplayName("Lab 7 — the network with Linear layers")
class LinearNetworkTest {

    @Graded(step = "L7.8", points = 1, judges = {"predictions"})
    @DisplayName("L7.8 Linear(2, 10), sigmoid, Linear(10, 1), sigmoid in float64: PyTorch's predictions")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.8")
    void forward(FixtureCase c, NDManager manager) {
        Block block = Lab7Fixture.linearModel(c, manager);
        assertOutput(c, "predictions", LinearNetwork.predict(block, c.input("forward.inputs").toNDArray(manager)));
    }

    @Graded(step = "L7.8", points = 2, severity = SeverityLevel.CRITICAL, judges = {"weight0", "weight1", "bias0", "bias1", "losses"})
    @DisplayName("L7.8 one epoch of Adam, batches of 128 and L1 with its gradient: batch losses and parameters")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.8")
    void epochInPyTorchsOrder(FixtureCase c, NDManager manager) {
        Lab7Fixture.Data data = Lab7Fixture.Data.of(c, manager);
        Block block = Lab7Fixture.linearModel(c, manager);
        double[] losses = LinearNetwork.train(block, data.inputs(), data.targets(), Lab7Fixture.orders(c),
                c.intParam("epochs"), c.intParam("batchSize"), Lab7Fixture.adamSettings(c), c.doubleParam("lambda"));
        assertOutput(c, "losses", Lab7Fixture.losses(manager, losses));
        Lab7Fixture.assertParameters(c, LinearNetwork.parameters(block), Lab7Fixture.LINEAR_NAMES, "");
    }
}
