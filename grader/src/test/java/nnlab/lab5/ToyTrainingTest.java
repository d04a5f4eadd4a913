package nnlab.lab5;

import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.SequentialBlock;
import io.qameta.allure.SeverityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnlab.course.random.TorchGenerator;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.assertions.FailureMessages;
import nnlab.grader.assertions.ModelState;
import nnlab.grader.assertions.TrainingCheck;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import nnlab.grader.junit.LossCurveChart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Grades lab 5's training step (every batch of both notebooks, each from PyTorch's state before it) and the
 * training loop (fixtures/golden/L5.6, L5.7).
 */
@DisplayName("Lab 5 — the training loop")
class ToyTrainingTest {

    @Graded(step = "L5.6", points = 4, severity = SeverityLevel.CRITICAL)
    @DisplayName("L5.6 one training step: zero_grad, forward, cross-entropy, backward, SGD step")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.6")
    void trainingStep(FixtureCase c, NDManager manager) {
        SequentialBlock model = ModelState.linearStack(c, "before.", true, manager);
        ModelState.setGradients(model, c, "staleGrad.");
        Batch batch = new Batch(c.input("features").toNDArray(manager), c.input("labels").toNDArray(manager));
        StepResult result = ToyTraining.trainStep(model, batch, (float) c.doubleParam("learningRate"));
        StepSnapshot.of(model, ModelState.names(c), result).check(new TrainingCheck(c.name()), c,
                FailureMessages.LOGITS, "logits");
    }

    @Graded(step = "L5.7", points = 3, severity = SeverityLevel.CRITICAL)
    @DisplayName("L5.7 the training loop: PyTorch's 9 and 6 batch losses and final weights, from its initial state")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.7")
    void trainingLoop(FixtureCase c, NDManager manager) {
        SequentialBlock model = ModelState.linearStack(c, "initial.", true, manager);
        FixtureData data = FixtureData.of(c, "features", "labels", manager);
        int epochs = c.intParam("epochs");
        List<StepSnapshot> snapshots = new ArrayList<>();
        List<String> names = ModelState.names(c);
        List<Float> losses = ToyTraining.train(model, data.replay(c, epochs, c.intParam("batchSize")), epochs,
                (float) c.doubleParam("learningRate"),
                (epoch, batchIndex, batch, result) -> snapshots.add(StepSnapshot.of(model, names, result)
                        .at(epoch, batchIndex, data.samplesOf(batch))));
        LoopVerdict verdict = new LoopVerdict(c, "L5.6", "losses", FailureMessages.LOGITS, "logits", snapshots);
        verdict.attachChart("loss per batch", "batch");
        verdict.assertStepsMatch();
        assertThatTensor(manager.create(toFloats(losses))).named("losses the loop returns")
                .matches(c.expected("losses"), c.mistakes("losses"));
        verdict.assertFinalParameters(model);
    }

    @Graded(step = "L5.7", points = 1)
    @DisplayName("L5.7 the whole notebook from its seed: dataset, shuffled loader, MLP, nn.Linear init, loop")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.7")
    void wholeNotebookFromTheSeed(FixtureCase c, NDManager manager) {
        // The notebooks' cells in order: manual_seed, loaders (no draws), manual_seed again, the model, the loop.
        TorchGenerator generator = new TorchGenerator(c.longParam("seed"));
        ToyDataset trainDataset = new ToyDataset(ToyData.trainFeatures(manager), ToyData.trainLabels(manager));
        DataLoader trainLoader = new DataLoader(trainDataset, c.intParam("batchSize"), true,
                c.jsonParam("dropLast").asBoolean(), generator);
        generator.manualSeed(c.longParam("seed"));
        SequentialBlock model = ToyMlp.create(c.intParam("numInputs"), c.intParam("numOutputs"),
                ToyMlpTest.hidden(c));
        ToyMlp.initialize(model, manager, c.intParam("numInputs"));
        ToyMlp.initializeLikePyTorch(model, generator);
        List<Float> losses = ToyTraining.train(model, trainLoader, c.intParam("epochs"),
                (float) c.doubleParam("learningRate"), TrainingLog.NONE);
        assertThatTensor(manager.create(toFloats(losses))).named("losses of the whole notebook")
                .matches(c.expected("losses"), c.mistakes("losses"));
        Map<String, NDArray> values = ModelState.values(model, ModelState.names(c));
        for (String name : ModelState.names(c)) {
            assertThatTensor(values.get(name)).named("final " + name).matches(c.expected("final." + name));
        }
    }

    private static float[] toFloats(List<Float> values) {
        float[] out = new float[values == null ? 0 : values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i) == null ? Float.NaN : values.get(i);
        }
        return out;
    }
}
