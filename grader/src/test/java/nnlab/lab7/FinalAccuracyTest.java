package nnlab.lab7;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import io.qameta.allure.SeverityLevel;
import java.util.Locale;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.assertions.ThresholdCheck;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Grades the accuracy every version of lab 7's network reaches after a short training, against thresholds derived
 * from PyTorch's spread over 50 seeds for the same budget (fixtures/golden/L7.9). Exact values are graded step by
 * step before; an accuracy varies with the start and the shuffle, so only a lower bound is graded here.
 */
@DisplayName("Lab 7 — final accuracies")
class FinalAccuracyTest {

    @Graded(step = "L7.9", points = 3, seed = 9, timeoutSeconds = 20, severity = SeverityLevel.CRITICAL,
            judges = {"params.threshold"})
    @DisplayName("L7.9 final accuracy of each version after a short training, above PyTorch's spread over seeds")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L7.9")
    void accuracyAboveThreshold(FixtureCase c, NDManager manager) {
        Lab7Fixture.Data data = Lab7Fixture.Data.of(c, manager);
        String version = c.textParam("version");
        EpochOrder shuffle = EpochOrder.shuffled(c.longParam("shuffleSeed"), data.size());
        NDArray predictions = switch (version) {
            case "gradient-descent" -> {
                ShallowNetwork network = Lab7Fixture.trainable(c, "", manager);
                GradientDescent.train(network, data.inputs(), data.targets(), c.doubleParam("alpha"),
                        c.intParam("iterations"));
                yield network.forward(data.inputs());
            }
            case "adam-full-batch" -> {
                ShallowNetwork network = Lab7Fixture.trainable(c, "", manager);
                AdamTraining.fullBatch(network, data.inputs(), data.targets(),
                        AdamSettings.notebook(c.doubleParam("lr")), c.intParam("iterations"));
                yield network.forward(data.inputs());
            }
            case "adam-mini-batches", "adam-l1", "xavier" -> {
                ShallowNetwork network = version.equals("xavier") ? XavierInit.network(manager)
                        : Lab7Fixture.trainable(c, "", manager);
                AdamTraining.miniBatches(network, data.inputs(), data.targets(), shuffle, c.intParam("epochs"),
                        c.intParam("batchSize"), AdamSettings.notebook(c.doubleParam("lr")), c.doubleParam("lambda"));
                yield network.forward(data.inputs());
            }
            case "linear" -> {
                Block block = Lab7Fixture.linearModel(c, manager);
                LinearNetwork.train(block, data.inputs(), data.targets(), shuffle, c.intParam("epochs"),
                        c.intParam("batchSize"), AdamSettings.notebook(c.doubleParam("lr")), c.doubleParam("lambda"));
                yield LinearNetwork.predict(block, data.inputs());
            }
            default -> throw new IllegalStateException("L7.9 fixture names an unknown version: " + version);
        };
        double accuracy = Lab7Fixture.accuracyOf(predictions, data.targets());
        var spread = c.jsonParam("spread");
        String reference = String.format(Locale.ROOT, "%.3f from the same start; %.3f to %.3f over seeds %d-%d",
                c.doubleParam("pytorchAccuracy"), spread.get("min").asDouble(), spread.get("max").asDouble(),
                spread.get("seeds").get(0).asInt(), spread.get("seeds").get(1).asInt());
        ThresholdCheck.assertAtLeast(version + " accuracy on the 1000 points", accuracy, c, "threshold",
                reference, "a version that learns stays above it whatever the start; check the update's sign,"
                        + " the learning rate and that every step is taken (the steps before grade them exactly).");
    }
}
