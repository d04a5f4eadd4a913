package nnlab.grader.assertions;

import static nnlab.grader.hints.Numbers.format;

import java.util.List;
import java.util.Locale;
import nnlab.fixtures.Tolerance;

/**
 * The failure messages of the assertions: what differs (shape, dtype, values, a model's layers, a gradient, a
 * training step or loop), with the numbers a student needs to find the mistake.
 */
public final class FailureMessages {

    private FailureMessages() {
    }

    // ------------------------------------------------------------------------------------------ failures

    static String header(String step, String what, String verdict) {
        return (step == null ? "" : step + " ") + what + " " + verdict;
    }

    /**
     * The verb that agrees with a value's name: {@code "differs"} for "the loss", {@code "differ"} for "losses of
     * the whole notebook".
     */
    static String verb(String what, String singular, String plural) {
        return plural(what) ? plural : singular;
    }

    /** Words that qualify a name's head noun: the head is the last word before the first of them. */
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile(
            " (of|drawn|from|in|after|before|for|at|on|with|the|returned|×)( |$)|\\s\\(");

    /**
     * Whether a value's name is plural: its head noun, the last word before a qualifier ("losses" in "losses of the
     * whole notebook", "losses" in "per-epoch mean losses the loop returns", "number" in "number of batches"),
     * ends in a plural s (not in -ss, -us or -is, nor "bias": "loss", "axis" and "bias" are singular).
     */
    static boolean plural(String what) {
        if (what == null || what.isBlank()) {
            return false;
        }
        String name = what.strip();
        java.util.regex.Matcher m = QUALIFIER.matcher(name);
        if (m.find() && m.start() > 0) {
            name = name.substring(0, m.start());
        }
        String[] words = name.split("\\s+");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        return head.length() > 2 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us")
                && !head.endsWith("is") && !head.endsWith("'s") && !head.endsWith("bias");
    }

    /** The most elements whose values the expected and actual lines show beside the shape. */
    static final int VALUES_SHOWN = 4;

    /**
     * The dtype and shape, and for a scalar or a tensor of at most {@value #VALUES_SHOWN} elements its values too: a
     * beginner reading {@code expected: float32 []} should not have to look further down for the number.
     */
    static String shapeLine(String label, TensorValues v) {
        String line = String.format(Locale.ROOT, "  %-9s %s %s", label, v.dtype(),
                java.util.Arrays.toString(v.shape()));
        double[] values = v.values();
        if (values.length == 0 || values.length > VALUES_SHOWN) {
            return line;
        }
        if (v.shape().length == 0) {
            return line + " " + format(values[0]);
        }
        StringBuilder b = new StringBuilder(line).append(" [");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(format(values[i]));
        }
        return b.append(']').toString();
    }

    static String outOfToleranceLine(int out, int total, Tolerance t) {
        return String.format(Locale.ROOT, "  %d of %d elements out of tolerance (|actual − expected| ≤ %s + %s·|expected|; %s)",
                out, total, compact(t.atol()), compact(t.rtol()), t.reason());
    }

    static String worstLine(String index, double expected, double actual) {
        double abs = Math.abs(actual - expected);
        double rel = expected == 0 ? Double.POSITIVE_INFINITY : abs / Math.abs(expected);
        return String.format(Locale.ROOT, "  worst at %s: expected %s, actual %s, abs error %s, rel error %s",
                index, format(expected), format(actual), format(abs), format(rel));
    }

    static String nonFiniteLine(int nan, int inf, String firstIndex) {
        return String.format(Locale.ROOT, "  the result holds %d NaN and %d Inf values (first at %s)", nan, inf,
                firstIndex);
    }

    static String fixtureLine(String field) {
        return "  fixture:  " + field;
    }

    static String hintLine(String hint) {
        return "  hint: " + hint;
    }

    static String returnedNull(String step, String what) {
        return header(step, what, verb(what, "is", "are") + " null: the method returned nothing");
    }

    // ------------------------------------------------------------------ properties beyond the values (TensorProperties)

    static String wrongDevice(String step, String what, String actual, String expected) {
        return header(step, what, verb(what, "is", "are") + " on " + actual + ", expected " + expected)
                + System.lineSeparator()
                + hintLine("the device follows the manager that creates a tensor (NDManager.newBaseManager(device))"
                        + " or an explicit toDevice(device, false); the chosen device is the GPU when the engine"
                        + " has one (Engine.getInstance().getGpuCount() > 0), else the CPU.");
    }

    static String outsideInterval(String step, String what, String interval, int outside, int total, String index,
            double value, String hint) {
        return header(step, what, verb(what, "has", "have") + " values outside " + interval) + System.lineSeparator()
                + String.format(Locale.ROOT, "  %d of %d elements outside; first at %s: %s", outside, total, index,
                        format(value))
                + (hint == null ? "" : System.lineSeparator() + hintLine(hint));
    }

    static String rowSumNotOne(String step, String what, int badRows, int rows, String row, double sum,
            Tolerance tolerance) {
        return header(step, what, verb(what, "has", "have") + " rows that do not sum to 1") + System.lineSeparator()
                + String.format(Locale.ROOT, "  %d of %d rows off (|sum − 1| ≤ %s); first: row %s sums to %s", badRows,
                        rows, format(tolerance.atol()), row, format(sum)) + System.lineSeparator()
                + hintLine("probabilities over the classes come from softmax over the last dimension (softmax(-1));"
                        + " a sigmoid, or a softmax over the batch dimension, gives rows that do not sum to 1.");
    }

    static String notTwoDimensional(String step, String what, String shape) {
        return header(step, what, verb(what, "has", "have") + " shape " + shape
                + ", expected a 2-d tensor [samples, classes]");
    }

    // ----------------------------------------------------------------------------- models (LinearLayers)

    static String linearLayerCount(String step, int actual, int expected, String found, String architecture) {
        return header(step, "the model", "has " + actual + " Linear layer" + (actual == 1 ? "" : "s") + ", expected "
                + expected + " (" + architecture + ")") + System.lineSeparator()
                + "  found, in order: " + found + System.lineSeparator()
                + hintLine("one Linear.builder().setUnits(out).build() per nn.Linear(in, out), in the notebook's order;"
                        + " activations are separate blocks.");
    }

    static String parameterShape(String step, String layer, String parameter, String actual, String expected) {
        boolean transposed = actual.equals(transposedText(expected));
        return header(step, layer + "'s " + parameter, "has shape " + actual + ", PyTorch's has " + expected)
                + System.lineSeparator()
                + hintLine(transposed
                        ? "the shape is transposed: DJL's Linear, like PyTorch's, keeps the weight as"
                                + " [out_features, in_features] and computes x @ W.T."
                        : "setUnits(n) sets the layer's outputs; the inputs follow from the layer before.");
    }

    static String parameterMissing(String step, String layer, String parameter, String present) {
        return header(step, layer, "has no parameter '" + parameter + "' (it has " + present + ")");
    }

    private static String transposedText(String shape) {
        String[] dims = shape.replace("[", "").replace("]", "").split(",\\s*");
        return dims.length == 2 ? "[" + dims[1] + ", " + dims[0] + "]" : "";
    }

    // ------------------------------------------------------------------------ finite differences (GradientCheck)

    static String gradientCountDiffers(String step, int actual, int expected, String names) {
        return header(step, "the gradients", "are " + actual + " tensors, expected " + expected + ": one per parameter ("
                + names + "), in that order");
    }

    static String gradientShape(String step, String parameter, String actual, String expected) {
        boolean transposed = actual.equals(transposedText(expected));
        return header(step, "the gradient of " + parameter, "has shape " + actual + ", the parameter has " + expected)
                + System.lineSeparator()
                + hintLine(transposed
                        ? "the gradient is transposed: dL/dW has W's own shape (for Z = X @ W, dL/dW = Xᵀ @ dL/dZ)."
                        : "a gradient has the shape of its parameter (sum a bias gradient over the samples).");
    }

    static String gradientWrong(String step, String parameter, int wrong, int total, String index, double analytic,
            double numeric, double epsilon, double rtol, double atol) {
        double abs = Math.abs(analytic - numeric);
        return header(step, "the gradient of " + parameter, "is wrong at " + index) + System.lineSeparator()
                + String.format(Locale.ROOT, "  analytic %s, numeric %s (central differences, eps %s), abs error %s",
                        format(analytic), format(numeric), format(epsilon), format(abs)) + System.lineSeparator()
                + String.format(Locale.ROOT, "  %d of %d elements of %s differ beyond |analytic − numeric| ≤ %s + %s·|numeric|"
                        + " (torch.autograd.gradcheck's rule)", wrong, total, parameter, format(atol), format(rtol));
    }

    /** A tolerance as torch prints it: {@code 1e-05}, {@code 1.3e-06}, {@code 0}. */
    static String compact(double v) {
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.6e", v);
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + s.substring(e);
    }

    // ------------------------------------------------------------------- statistics and thresholds (lab 7)

    static String sampleBeyondBound(int beyond, int n, double bound, double min, double max) {
        return String.format(Locale.ROOT, "%d of %d values lie outside ±%s (min %s, max %s)", beyond, n,
                format(bound), format(min), format(max));
    }

    static String sampleStatistic(String statistic, double actual, double expected, double standardErrors) {
        return String.format(Locale.ROOT, "the %s is %s, %s standard errors from uniform's %s", statistic,
                format(actual), format(Math.rint(standardErrors * 10) / 10), format(expected));
    }

    static String sampleExtremes(double min, double max, double bound) {
        return String.format(Locale.ROOT, "the values span only [%s, %s]: uniform(−a, a) with a = %s reaches"
                + " within 1 %% of both ends", format(min), format(max), format(bound));
    }

    static String sampleNotUniform(String step, String what, int n, double bound, java.util.List<String> failures) {
        StringBuilder b = new StringBuilder(header(step, what, "do not look drawn from uniform(−a, a)"));
        b.append(String.format(Locale.ROOT, "%n  %d values, a = %s", n, format(bound)));
        failures.forEach(f -> b.append(System.lineSeparator()).append("  ").append(f));
        return b.append(System.lineSeparator()).append(hintLine("draw every value from uniform(−a, a), float64:"
                + " manager.randomUniform(-1f, 1f, shape, DataType.FLOAT64).mul(a) (uniform(0, a) is not centred,"
                + " randomNormal is not bounded).")).toString();
    }

    static String belowThreshold(String step, String what, double actual, double threshold, String reference,
            String hint) {
        return header(step, what, verb(what, "is", "are") + " below " + verb(what, "its", "their") + " threshold")
                + System.lineSeparator()
                + String.format(Locale.ROOT, "  actual %s, threshold %s (PyTorch: %s)", format(actual),
                        format(threshold), reference)
                + (hint == null ? "" : System.lineSeparator() + hintLine(hint));
    }

    // ------------------------------------------------------------------ training steps and loops (labs 5, 6)

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
                + " rate is %s (p = p − lr · p.grad).", format(sixDigits(implied)), format(expected));
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
                    i < actual.size() ? format(actual.get(i)) : "-",
                    i < expected.length ? format(expected[i]) : "-"));
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
