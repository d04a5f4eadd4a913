package nnlab.lab5;

import static nnlab.grader.assertions.GradingAssertions.assertThatNumbers;
import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.fixtures.GoldenFixture;
import nnlab.fixtures.TensorData;
import nnlab.grader.assertions.FailureMessages;
import nnlab.grader.assertions.ModelState;
import nnlab.grader.assertions.TrainingCheck;
import nnlab.grader.assertions.Observation;
import nnlab.grader.assertions.Observations;
import org.opentest4j.AssertionFailedError;

/**
 * Judges a student's training loop from the snapshots its log took after every step: finds the first batch whose
 * step leaves PyTorch's and says what differs first there (the batch, the outputs, the loss, the gradients or the
 * updated weights), compared with PyTorch's step of that batch from the step fixture (L5.6, L6.2) where it has one,
 * and with the loop fixture's batch losses everywhere.
 */
public final class LoopVerdict {

    private final FixtureCase loop;
    private final GoldenFixture steps;
    private final String lossesKey;
    private final String outputsStage;
    private final String outputsKey;
    private final List<StepSnapshot> snapshots;
    private final int batchSize;

    /**
     * @param loop the loop fixture's case (inputs {@code samples.epochK}, expected batch losses and final weights)
     * @param stepFixture the step fixture whose cases are the loop's batches ({@code params.step} = 1, 2, ...)
     * @param lossesKey the loop case's expected batch losses, such as {@code losses}
     */
    public LoopVerdict(FixtureCase loop, String stepFixture, String lossesKey, String outputsStage, String outputsKey,
            List<StepSnapshot> snapshots) {
        this.loop = loop;
        this.steps = Fixtures.golden(stepFixture);
        this.lossesKey = lossesKey;
        this.outputsStage = outputsStage;
        this.outputsKey = outputsKey;
        this.snapshots = snapshots;
        this.batchSize = loop.intParam("batchSize");
    }

    /** Hands the student's batch losses to the judge, which draws them next to PyTorch's as a chart. */
    public LoopVerdict attachChart(String title, String xTitle) {
        Observations.record(Observation.chart("loss curve: yours and PyTorch's", loop.expected(lossesKey).field(),
                loggedLosses().stream().mapToDouble(Double::doubleValue).toArray(), loop.name() + " — " + title,
                xTitle));
        return this;
    }

    /** The losses the student's log saw, batch after batch. */
    public List<Double> loggedLosses() {
        List<Double> out = new ArrayList<>();
        for (StepSnapshot s : snapshots) {
            out.add(s.loss() == null ? Double.NaN : s.loss().toType(ai.djl.ndarray.types.DataType.FLOAT64, false)
                    .getDouble());
        }
        return out;
    }

    /** Fails at the first batch whose step differs from PyTorch's, saying what differs first. */
    public void assertStepsMatch() {
        if (loop.expected(lossesKey).isSealed()) {
            // Instructor grading: the expected losses are judged in the grading process, as one tensor.
            assertThatNumbers(loggedLosses().stream().mapToDouble(Double::doubleValue).toArray())
                    .named(lossesKey).matches(loop.expected(lossesKey), loop.mistakes(lossesKey));
            return;
        }
        double[] expectedLosses = loop.expected(lossesKey).values();
        int perEpoch = loop.intParam("batchesPerEpoch");
        for (int k = 0; k < Math.min(snapshots.size(), expectedLosses.length); k++) {
            StepSnapshot s = snapshots.get(k);
            int epoch = k / perEpoch;
            int inEpoch = k % perEpoch;
            String position = FailureMessages.batchPosition(k, expectedLosses.length, epoch, inEpoch, perEpoch);
            TrainingCheck check = new TrainingCheck(FailureMessages.lossesDiverge(position));
            try {
                checkBatch(check, s, k, epoch, inEpoch);
            } catch (AssertionFailedError e) {
                AssertionFailedError withLosses = new AssertionFailedError(e.getMessage() + System.lineSeparator()
                        + FailureMessages.lossTable(loggedLosses(), expectedLosses));
                withLosses.setStackTrace(e.getStackTrace());
                throw withLosses;
            }
        }
        if (snapshots.size() != expectedLosses.length) {
            throw new AssertionFailedError(FailureMessages.batchCount(snapshots.size(), expectedLosses.length)
                    + System.lineSeparator() + FailureMessages.lossTable(loggedLosses(), expectedLosses));
        }
        // Batch by batch they matched; the whole sequence goes to the judge as one comparison of the fixture's losses.
        assertThatNumbers(loggedLosses().stream().mapToDouble(Double::doubleValue).toArray())
                .named(lossesKey).matches(loop.expected(lossesKey), loop.mistakes(lossesKey));
    }

    private void checkBatch(TrainingCheck check, StepSnapshot s, int k, int epoch, int inEpoch) {
        NDManager manager = s.loss() != null ? s.loss().getManager() : null;
        long[] order = loop.input("samples.epoch" + (epoch + 1)).longValues();
        long[] expectedSamples = Arrays.copyOfRange(order, inEpoch * batchSize,
                Math.min(order.length, (inEpoch + 1) * batchSize));
        TensorData expected = new TensorData(loop.input("samples.epoch" + (epoch + 1)).field()
                + " (batch " + (inEpoch + 1) + ")", nnlab.fixtures.FixtureDType.INT64,
                new long[] {expectedSamples.length}, Arrays.stream(expectedSamples).asDoubleStream().toArray(),
                nnlab.fixtures.Tolerance.EXACT);
        if (manager != null && s.samples() != null) {
            check.check(FailureMessages.BATCH, "samples in the batch", manager.create(s.samples()), expected,
                    Map.of()).passed(FailureMessages.BATCH);
        }
        FixtureCase stepCase = stepCase(k + 1);
        if (stepCase != null) {
            s.check(check, stepCase, outputsStage, outputsKey);
        } else {
            TensorData loss = loop.expected(lossesKey);
            TensorData expectedLoss = new TensorData(loss.field() + "[" + k + "]", loss.dtype(), new long[0],
                    new double[] {loss.value(k)}, loss.tolerance());
            check.check(FailureMessages.LOSS, "loss", s.loss(), expectedLoss, Map.of());
        }
    }

    private FixtureCase stepCase(int step) {
        for (FixtureCase c : steps.cases()) {
            boolean sameRun = !loop.hasParam("notebook") || (c.hasParam("notebook")
                    && c.textParam("notebook").equals(loop.textParam("notebook")));
            if (sameRun && c.intParam("step") == step) {
                return c;
            }
        }
        return null;
    }

    /** The model's final parameters against PyTorch's ({@code final.<name>}), from the output layer back. */
    public void assertFinalParameters(Block model) {
        List<String> names = new ArrayList<>(ModelState.names(loop));
        java.util.Collections.reverse(names);
        Map<String, NDArray> values = ModelState.values(model, ModelState.names(loop));
        for (String name : names) {
            assertThatTensor(values.get(name)).named("final " + name).matches(loop.expected("final." + name),
                    loop.mistakes("final." + name));
        }
    }

    private static List<Double> toList(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
