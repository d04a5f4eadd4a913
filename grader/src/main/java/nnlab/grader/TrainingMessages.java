package nnlab.grader;

import java.util.List;
import java.util.Locale;

/**
 * The wording of the training steps' failures (labs 5 and 6): which stage of a step differs first, where a loss
 * sequence leaves PyTorch's, what the update's learning rate was, why a model cannot take PyTorch's parameters.
 * Kept beside {@link Messages}, which words tensor comparisons and known mistakes.
 */
public final class TrainingMessages {

    private TrainingMessages() {
    }

    /** A step's stages in the order a training step computes them. */
    public static final String BATCH = "the batch";
    /** The model's outputs on the batch. */
    public static final String LOGITS = "the logits";
    /** The regression model's outputs. */
    public static final String PREDICTIONS = "the predictions";
    /** The batch's loss. */
    public static final String LOSS = "the loss";
    /** The parameters' gradients after backward. */
    public static final String GRADIENTS = "the gradients";
    /** The parameters after the optimiser's step. */
    public static final String UPDATED_WEIGHTS = "the updated weights";

    static String architectureDiffers(String actual, String expected) {
        return "the model's parameters do not fit PyTorch's model (another architecture?)" + System.lineSeparator()
                + "  yours:     " + actual + System.lineSeparator()
                + "  PyTorch's: " + expected + System.lineSeparator()
                + "  hint: build Linear(units) layers in the notebook's order, with ReLU between them and none after"
                + " the last (DJL's Linear weight is [out_features, in_features], as PyTorch's).";
    }

    static String differsFirst(String where, String stage, List<String> matching) {
        String matched = matching.isEmpty() ? "" : " (" + join(matching) + " match"
                + (matching.size() == 1 && singular(matching.get(0)) ? "es" : "") + " PyTorch's)";
        return where + ": " + stage + " differ" + (singular(stage) ? "s" : "") + " first" + matched;
    }

    /** A float32 update's learning rate carries float32 noise: 0.10000002 is 0.1. */
    private static double sixDigits(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
    }

    private static boolean singular(String stage) {
        return stage.equals(LOSS) || stage.equals(BATCH);
    }

    static String learningRate(double implied, double expected) {
        return String.format(Locale.ROOT, "the update moved the weights by %s × the gradient; this step's learning"
                + " rate is %s (p = p − lr · p.grad).", Messages.format(sixDigits(implied)), Messages.format(expected));
    }

    /** Where a loss sequence first leaves PyTorch's, such as "batch 4 of 9 (epoch 2, batch 1 of 3)". */
    public static String batchPosition(int index, int total, int epoch, int batchInEpoch, int perEpoch) {
        return String.format(Locale.ROOT, "batch %d of %d (epoch %d, batch %d of %d)", index + 1, total, epoch + 1,
                batchInEpoch + 1, perEpoch);
    }

    /** The header of a training loop whose losses leave PyTorch's. */
    public static String lossesDiverge(String position) {
        return "the loss sequence leaves PyTorch's at " + position;
    }

    /** The losses of the student's loop next to PyTorch's. */
    public static String lossTable(List<Double> actual, double[] expected) {
        StringBuilder b = new StringBuilder("  losses (yours · PyTorch's):");
        for (int i = 0; i < Math.max(actual.size(), expected.length); i++) {
            b.append(System.lineSeparator()).append(String.format(Locale.ROOT, "    %3d  %-14s %s", i + 1,
                    i < actual.size() ? Messages.format(actual.get(i)) : "-",
                    i < expected.length ? Messages.format(expected[i]) : "-"));
        }
        return b.toString();
    }

    /** The loop logged another number of batches than PyTorch's loop runs. */
    public static String batchCount(int actual, int expected) {
        return "the loop logged " + actual + " batches; PyTorch's runs " + expected + " (every epoch iterates the"
                + " loader once, and log.batchDone(...) follows every step)";
    }

    /** The loop returned other numbers than it logged. */
    public static String returnedLosses(String what) {
        return "the loop's steps match PyTorch's, but the " + what + " it returns do not";
    }

    /** The loader was iterated more often than the loop has epochs. */
    public static String tooManyEpochs(int epochs) {
        return "the loop iterated the loader more than " + epochs + " times: one pass (for (Batch b : loader)) per"
                + " epoch";
    }

    /** A batch whose rows are none of the data set's. */
    public static String unknownSample(int row) {
        return "row " + row + " of the batch is none of the data set's samples";
    }

    /** A load that should have failed. */
    public static String loadDidNotFail(String file) {
        return "loading " + file + " into a model of another architecture succeeded: it must fail, naming the file"
                + " and the parameter whose shape differs (as PyTorch's load_state_dict does)";
    }

    /** A failed load whose message lacks what a user needs. */
    public static String unclearLoadError(String message, String missing, String pytorch) {
        return "the error for a file of another architecture must name " + missing + "; it says: " + message
                + System.lineSeparator() + "  PyTorch says: " + pytorch;
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
