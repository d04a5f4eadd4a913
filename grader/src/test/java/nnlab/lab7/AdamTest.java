package nnlab.lab7;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;

import ai.djl.ndarray.NDManager;
import io.qameta.allure.SeverityLevel;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/** Grades lab 7's Adam against torch.optim.Adam (fixtures/golden/L7.4). */
@DisplayName("Lab 7 — Adam")
class AdamTest {

    @Graded(step = "L7.4", points = 2, severity = SeverityLevel.CRITICAL, judges = {"step*"})
    @DisplayName("L7.4 Adam steps on given gradients: moments, bias correction, eps after the root")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.4")
    void stepsOnGivenGradients(FixtureCase c, NDManager manager) {
        ShallowNetwork network = Lab7Fixture.trainable(c, "", manager);
        Adam optimizer = new Adam(network.parameters(), Lab7Fixture.adamSettings(c));
        for (int t = 1; t <= c.intParam("adamSteps"); t++) {
            Lab7Fixture.setGradients(network, c, "grad" + t + ".", manager);
            optimizer.step();
            Lab7Fixture.assertParameters(c, network.parameters(), Lab7Fixture.NAMES, "step" + t + ".");
        }
    }

    @Graded(step = "L7.4", points = 2, severity = SeverityLevel.CRITICAL, judges = {"W1", "W2", "b1", "b2", "losses"})
    @DisplayName("L7.4 full-batch Adam (lr 1): PyTorch's losses and parameters after 10 iterations")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.4")
    void fullBatchTraining(FixtureCase c, NDManager manager) {
        Lab7Fixture.Data data = Lab7Fixture.Data.of(c, manager);
        ShallowNetwork network = Lab7Fixture.trainable(c, "", manager);
        double[] losses = AdamTraining.fullBatch(network, data.inputs(), data.targets(), Lab7Fixture.adamSettings(c),
                c.intParam("iterations"));
        assertOutput(c, "losses", Lab7Fixture.losses(manager, losses));
        Lab7Fixture.assertParameters(c, network.parameters(), Lab7Fixture.NAMES, "");
    }
}
