package nnlab.lab5;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.assertions.FailureMessages;
import nnlab.grader.assertions.ModelState;
import nnlab.grader.assertions.TrainingCheck;

/**
 * What a student's training step left behind, copied right after it: its outputs and loss, every parameter's
 * gradient and new value, and (in a loop) where it was and which samples its batch held.
 */
public final class StepSnapshot {

    private final List<String> names;
    private final NDArray outputs;
    private final NDArray loss;
    private final Map<String, NDArray> gradients;
    private final Map<String, NDArray> after;
    private int epoch;
    private int batchIndex;
    private long[] samples;

    private StepSnapshot(List<String> names, NDArray outputs, NDArray loss, Map<String, NDArray> gradients,
            Map<String, NDArray> after) {
        this.names = names;
        this.outputs = outputs;
        this.loss = loss;
        this.gradients = gradients;
        this.after = after;
    }

    /** Copies the step's result and the model's gradients and parameters (names: the fixture's state dict). */
    public static StepSnapshot of(Block model, List<String> names, StepResult result) {
        NDArray outputs = result == null || result.outputs() == null ? null : result.outputs().duplicate();
        NDArray loss = result == null || result.loss() == null ? null : result.loss().duplicate();
        return new StepSnapshot(names, outputs, loss, ModelState.gradients(model, names),
                ModelState.values(model, names));
    }

    /** Records where in the loop the step ran. */
    public StepSnapshot at(int epochIndex, int batch, long[] batchSamples) {
        this.epoch = epochIndex;
        this.batchIndex = batch;
        this.samples = batchSamples.clone();
        return this;
    }

    public int epoch() {
        return epoch;
    }

    public int batchIndex() {
        return batchIndex;
    }

    public long[] samples() {
        return samples == null ? null : samples.clone();
    }

    public NDArray loss() {
        return loss;
    }

    /**
     * Compares the step with PyTorch's step of {@code stepCase}, stage by stage: outputs, loss, gradients (from
     * the output layer back, as backward computes them), updated weights (likewise).
     *
     * @param outputsStage {@link FailureMessages#LOGITS} or {@link FailureMessages#PREDICTIONS}
     * @param outputsKey the case's expected outputs, such as {@code logits}
     */
    public void check(TrainingCheck check, FixtureCase stepCase, String outputsStage, String outputsKey) {
        check.check(outputsStage, outputsKey, outputs, stepCase.expected(outputsKey), stepCase.mistakes(outputsKey))
                .passed(outputsStage);
        check.check(FailureMessages.LOSS, "loss", loss, stepCase.expected("loss"), stepCase.mistakes("loss"))
                .passed(FailureMessages.LOSS);
        List<String> backwards = new ArrayList<>(names);
        Collections.reverse(backwards);
        for (String name : backwards) {
            check.check(FailureMessages.GRADIENTS, "gradient of " + name, gradients.get(name),
                    stepCase.expected("grad." + name), stepCase.mistakes("grad." + name));
        }
        check.passed(FailureMessages.GRADIENTS);
        double learningRate = stepCase.doubleParam("learningRate");
        for (String name : backwards) {
            check.checkUpdate("updated " + name, after.get(name), stepCase.expected("after." + name),
                    stepCase.mistakes("after." + name), stepCase.input("before." + name),
                    stepCase.expected("grad." + name), learningRate);
        }
    }

    /** The parameters after the step, by the fixture's names. */
    public Map<String, NDArray> parametersAfter() {
        return after;
    }
}
