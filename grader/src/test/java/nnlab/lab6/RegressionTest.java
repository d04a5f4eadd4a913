package nnlab.lab6;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import io.qameta.allure.SeverityLevel;
import java.util.ArrayList;
import java.util.List;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.assertions.FailureMessages;
import nnlab.grader.assertions.ModelState;
import nnlab.grader.assertions.TrainingCheck;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import nnlab.lab5.Batch;
import nnlab.lab5.FixtureData;
import nnlab.lab5.LoopVerdict;
import nnlab.lab5.StepResult;
import nnlab.lab5.StepSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/** Grades lab 6, the regression loop with MSE, against PyTorch running it (fixtures/golden/L6.1 to L6.3). */
@DisplayName("Lab 6 — regression training loop")
class RegressionTest {

    @Graded(step = "L6.1", points = 1)
    @DisplayName("L6.1 the regression model Linear(4, 2) → Linear(2, 1): PyTorch's predictions from its weights")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L6.1")
    void model(FixtureCase c, NDManager manager) {
        SequentialBlock model = Regression.model();
        model.initialize(manager, DataType.FLOAT32, new Shape(1, SalaryData.NUM_FEATURES));
        ModelState.load(model, c, "");
        NDArray predictions = model.forward(new ParameterStore(manager, false),
                new NDList(c.input("features").toNDArray(manager)), false).singletonOrThrow();
        assertOutput(c, "predictions", predictions);
    }

    @Graded(step = "L6.2", points = 3, severity = SeverityLevel.CRITICAL)
    @DisplayName("L6.2 one regression step: zero_grad, forward, MSELoss, backward, SGD step (lr 0.001)")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L6.2")
    void trainingStep(FixtureCase c, NDManager manager) {
        SequentialBlock model = ModelState.linearStack(c, "before.", false, manager);
        ModelState.setGradients(model, c, "staleGrad.");
        Batch batch = new Batch(c.input("features").toNDArray(manager), c.input("targets").toNDArray(manager));
        StepResult result = Regression.trainStep(model, batch, (float) c.doubleParam("learningRate"));
        StepSnapshot.of(model, ModelState.names(c), result).check(new TrainingCheck(c.name()), c,
                FailureMessages.PREDICTIONS, "predictions");
    }

    @Graded(step = "L6.3", points = 3, severity = SeverityLevel.CRITICAL)
    @DisplayName("L6.3 the regression loop: PyTorch's per-epoch losses and final weights")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L6.3")
    void trainingLoop(FixtureCase c, NDManager manager) {
        SequentialBlock model = ModelState.linearStack(c, "initial.", false, manager);
        FixtureData data = FixtureData.of(c, "features", "targets", manager);
        int epochs = c.intParam("epochs");
        List<StepSnapshot> snapshots = new ArrayList<>();
        List<String> names = ModelState.names(c);
        List<Double> epochLosses = Regression.train(model, data.replay(c, epochs, c.intParam("batchSize")), epochs,
                (float) c.doubleParam("learningRate"),
                (epoch, batchIndex, batch, result) -> snapshots.add(StepSnapshot.of(model, names, result)
                        .at(epoch, batchIndex, data.samplesOf(batch))));
        LoopVerdict verdict = new LoopVerdict(c, "L6.2", "batchLosses", FailureMessages.PREDICTIONS, "predictions",
                snapshots);
        verdict.attachChart("MSE per batch", "batch");
        verdict.assertStepsMatch();
        double[] returned = epochLosses == null ? new double[0]
                : epochLosses.stream().mapToDouble(v -> v == null ? Double.NaN : v).toArray();
        assertThatTensor(manager.create(returned)).named("per-epoch mean losses the loop returns")
                .matches(c.expected("epochLosses"), c.mistakes("epochLosses"));
        verdict.assertFinalParameters(model);
    }
}
