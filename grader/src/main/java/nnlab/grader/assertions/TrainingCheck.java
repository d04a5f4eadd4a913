package nnlab.grader.assertions;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nnlab.fixtures.TensorData;
import org.opentest4j.AssertionFailedError;

/**
 * Compares one training step with PyTorch's, stage by stage in the order the step computes them (the batch, the
 * outputs, the loss, the gradients, the updated weights), and fails at the first stage that differs, saying which
 * stages still matched. A wrong update whose gradients were right is checked for a wrong learning rate.
 */
public final class TrainingCheck {

    private final String where;
    private final List<String> matching = new ArrayList<>();

    /**
     * @param where the step, for the first line of a failure, such as {@code 000 epoch 2 batch 1 of 3}
     */
    public TrainingCheck(String where) {
        this.where = where;
    }

    /**
     * Checks one tensor of a stage against PyTorch's, naming the known mistake it equals.
     *
     * @param stage one of {@link FailureMessages}' stages
     * @param name the tensor, such as {@code grad of layers.4.weight}
     */
    public TrainingCheck check(String stage, String name, NDArray actual, TensorData expected,
            Map<String, TensorData> mistakes) {
        try {
            GradingAssertions.assertThatTensor(actual).named(name).matches(expected, mistakes);
        } catch (AssertionFailedError e) {
            throw fail(stage, e, Optional.empty());
        }
        return this;
    }

    /**
     * Checks an updated parameter; when it differs, says which learning rate the update used if
     * {@code after = before − k · grad} for one k.
     */
    public TrainingCheck checkUpdate(String name, NDArray actual, TensorData expected, Map<String, TensorData> mistakes,
            TensorData before, TensorData gradient, double learningRate) {
        try {
            GradingAssertions.assertThatTensor(actual).named(name).matches(expected, mistakes);
        } catch (AssertionFailedError e) {
            Optional<String> hint = impliedLearningRate(TensorValues.of(actual).values(), before.values(),
                    gradient.values()).filter(k -> Math.abs(k - learningRate) > 1e-6 * Math.abs(learningRate))
                    .map(k -> FailureMessages.learningRate(k, learningRate));
            throw fail(FailureMessages.UPDATED_WEIGHTS, e, hint);
        }
        return this;
    }

    /** Marks a stage as matching PyTorch's (all its tensors passed). */
    public TrainingCheck passed(String stage) {
        if (!matching.contains(stage)) {
            matching.add(stage);
        }
        return this;
    }

    private AssertionFailedError fail(String stage, AssertionFailedError e, Optional<String> hint) {
        String step = GradingContext.currentStep();
        String details = e.getMessage();
        if (hint.isPresent()) {
            // The learning rate explains the constant factor better than the generic hint does.
            details = details.lines().filter(l -> !l.startsWith(FailureMessages.hintLine("every value")))
                    .collect(java.util.stream.Collectors.joining(System.lineSeparator()));
        }
        StringBuilder message = new StringBuilder(step == null ? "" : step + " ")
                .append(FailureMessages.differsFirst(where, stage, matching)).append(System.lineSeparator())
                .append(details);
        hint.ifPresent(h -> message.append(System.lineSeparator()).append(FailureMessages.hintLine(h)));
        AssertionFailedError wrapped = new AssertionFailedError(message.toString(),
                e.isExpectedDefined() ? e.getExpected().getValue() : null,
                e.isActualDefined() ? e.getActual().getValue() : null);
        wrapped.setStackTrace(e.getStackTrace());
        return wrapped;
    }

    /**
     * The k with {@code after ≈ before − k · grad} for every element whose gradient is not tiny, if there is one.
     */
    static Optional<Double> impliedLearningRate(double[] after, double[] before, double[] gradient) {
        if (after.length != before.length || before.length != gradient.length) {
            return Optional.empty();
        }
        double k = Double.NaN;
        int largest = -1;
        for (int i = 0; i < gradient.length; i++) {
            if (largest < 0 || Math.abs(gradient[i]) > Math.abs(gradient[largest])) {
                largest = i;
            }
        }
        if (largest < 0 || Math.abs(gradient[largest]) < 1e-6) {
            return Optional.empty();
        }
        k = (before[largest] - after[largest]) / gradient[largest];
        for (int i = 0; i < gradient.length; i++) {
            double predicted = before[i] - k * gradient[i];
            if (Math.abs(after[i] - predicted) > 1e-5 + 1e-4 * Math.abs(predicted)) {
                return Optional.empty();
            }
        }
        return Double.isFinite(k) ? Optional.of(k) : Optional.empty();
    }
}
