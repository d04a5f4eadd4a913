package nnlab.lab7;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.qameta.allure.SeverityLevel;
import java.util.List;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.opentest4j.AssertionFailedError;

/** Grades lab 7's mini-batches and L1 term against PyTorch (fixtures/golden/L7.5, L7.6). */
@DisplayName("Lab 7 — mini-batches and L1 regularisation")
class MiniBatchesTest {

    @Graded(step = "L7.5", points = 1, judges = {"split.*"})
    @DisplayName("L7.5 one epoch's batches: the samples in the epoch's order, the last batch kept")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.5")
    void split(FixtureCase c, NDManager manager) {
        NDArray inputs = c.input("split.inputs").toNDArray(manager);
        NDArray targets = c.input("split.targets").toNDArray(manager);
        List<NDList> batches = MiniBatches.split(inputs, targets, c.input("split.order").longValues(),
                c.intParam("splitBatchSize"));
        if (batches == null || batches.isEmpty()) {
            throw new AssertionFailedError("L7.5 MiniBatches.split returned no batches");
        }
        long[] sizes = batches.stream().mapToLong(b -> b.get(0).getShape().get(0)).toArray();
        assertOutput(c, "split.sizes", manager.create(sizes));
        assertOutput(c, "split.inputs", NDArrays.concat(new NDList(batches.stream().map(b -> b.get(0)).toList())));
        assertOutput(c, "split.targets", NDArrays.concat(new NDList(batches.stream().map(b -> b.get(1)).toList())));
    }

    @Graded(step = "L7.5", points = 2, severity = SeverityLevel.CRITICAL, judges = {"W1", "W2", "b1", "b2", "losses"})
    @DisplayName("L7.5 one epoch of mini-batch Adam in PyTorch's shuffled order: 32 batch losses and parameters")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.5")
    void epochInPyTorchsOrder(FixtureCase c, NDManager manager) {
        Lab7Fixture.Data data = Lab7Fixture.Data.of(c, manager);
        ShallowNetwork network = Lab7Fixture.trainable(c, "", manager);
        double[] losses = AdamTraining.miniBatches(network, data.inputs(), data.targets(), Lab7Fixture.orders(c),
                c.intParam("epochs"), c.intParam("batchSize"), Lab7Fixture.adamSettings(c), 0);
        assertOutput(c, "losses", Lab7Fixture.losses(manager, losses));
        Lab7Fixture.assertParameters(c, network.parameters(), Lab7Fixture.NAMES, "");
    }

    @Graded(step = "L7.6", points = 2, severity = SeverityLevel.CRITICAL, judges = {"penalty", "W1Grad", "W2Grad", "b1Grad", "b2Grad"})
    @DisplayName("L7.6 the L1 penalty and the gradients of BCE + penalty (lambda 1e-5 and 1e-3)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.6")
    void penaltyReachesTheGradients(FixtureCase c, NDManager manager) {
        ShallowNetwork network = Lab7Fixture.trainable(c, "", manager);
        NDArray penalty;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            penalty = Regularization.l1Penalty(network.parameters(), c.doubleParam("lambda"));
            if (penalty == null) {
                assertOutput(c, "penalty", null);
            }
            // PyTorch's BCE gradients (the fixture's bceBackward.*) plus the student's penalty: what the gradients
            // of BCE + penalty must be, with no BCE in the test
            NDArray total = Lab7Fixture.gradientTerm(network.parameters(), c, "bceBackward.", manager).add(penalty);
            collector.backward(total);
        }
        assertOutput(c, "penalty", penalty);
        NDList parameters = network.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            assertOutput(c, Lab7Fixture.NAMES.get(i) + "Grad", parameters.get(i).getGradient());
        }
    }

    @Graded(step = "L7.6", points = 1, judges = {"W1", "W2", "b1", "b2", "losses"})
    @DisplayName("L7.6 one epoch of mini-batch Adam (lr 0.1) with the L1 term: batch losses and parameters")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.6")
    void epochWithPenalty(FixtureCase c, NDManager manager) {
        Lab7Fixture.Data data = Lab7Fixture.Data.of(c, manager);
        ShallowNetwork network = Lab7Fixture.trainable(c, "", manager);
        double[] losses = AdamTraining.miniBatches(network, data.inputs(), data.targets(), Lab7Fixture.orders(c),
                c.intParam("epochs"), c.intParam("batchSize"), Lab7Fixture.adamSettings(c), c.doubleParam("lambda"));
        assertOutput(c, "losses", Lab7Fixture.losses(manager, losses));
        Lab7Fixture.assertParameters(c, network.parameters(), Lab7Fixture.NAMES, "");
    }
}
