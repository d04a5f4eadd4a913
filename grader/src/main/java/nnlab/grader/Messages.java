package nnlab.grader;

import java.util.Locale;
import java.util.Map;
import nnlab.fixtures.Tolerance;

/**
 * Every sentence the grader shows a student, in one place: assertion failures, hints for known mistakes, the
 * categories of a failed test and the score table's words.
 */
public final class Messages {

    private Messages() {
    }

    // ------------------------------------------------------------------------------------------ categories

    /** The category of a test whose step throws {@code NotImplementedYet}. */
    public static final String NOT_IMPLEMENTED = "not implemented yet";
    /** The category of a test whose values are wrong. */
    public static final String WRONG_RESULT = "wrong result";
    /** The category of a test that ended in an exception other than an assertion. */
    public static final String ERROR = "error";
    /** The category of a test that passed. */
    public static final String PASSED = "passed";
    /** The category of a test that was skipped or aborted. */
    public static final String SKIPPED = "skipped";

    // ------------------------------------------------------------------------------------- known mistakes

    /*
     * What a student probably did when the answer equals what a known mistake produces, by the mistake's id as
     * the fixture generators record it (fixtures/generator/lab*_*.py, "mistakes"). One map per lab, so that labs
     * are written side by side; an id may appear in several labs only with the same wording.
     */

    // Lab 1 — tensors.
    private static final Map<String, String> LAB1_MISTAKES = Map.of();

    // Lab 2 — forward passes.
    private static final Map<String, String> LAB2_MISTAKES = Map.of();

    // Lab 3 — losses.
    private static final Map<String, String> LAB3_MISTAKES = Map.ofEntries(
            Map.entry("softmax-before-cross-entropy",
                    "this is the cross-entropy of softmax probabilities: the loss takes raw logits and applies"
                            + " log-softmax itself, so a softmax before it is applied twice. Pass the logits."),
            Map.entry("sum-instead-of-mean",
                    "this is the sum over the batch: PyTorch's losses average by default (reduction='mean')."
                            + " Use mean() where you used sum()."),
            Map.entry("missing-log-softmax",
                    "this is the mean of −z[y] on the raw logits: cross-entropy needs log-softmax(z) first,"
                            + " log(exp(z_y) / Σ exp(z_c))."),
            Map.entry("mean-over-all-elements",
                    "this averages over the batch AND the classes (the hand-written .mean()); the library loss"
                            + " sums over the classes and averages over the samples only."),
            Map.entry("mean-over-batch-only",
                    "this is the library's cross-entropy (sum over classes, mean over samples); the notebook's"
                            + " -(onehot * log(softmax)).mean() also divides by the number of classes."),
            Map.entry("missing-minus-sign",
                    "the value has the opposite sign: cross-entropy is −Σ p·log q (log of a probability is ≤ 0)."),
            Map.entry("swapped-arguments",
                    "this is the loss with predictions and targets swapped: BCELoss takes (probabilities, targets)."),
            Map.entry("missing-square",
                    "this is the mean difference without squaring it: MSE is mean((ŷ − y)²)."),
            Map.entry("root-mean-square",
                    "this is the square root of the MSE (RMSE): MSELoss does not take the root."));

    // Lab 4 — gradients.
    private static final Map<String, String> LAB4_MISTAKES = Map.of();

    // Lab 5 — training loop on toy data.
    private static final Map<String, String> LAB5_MISTAKES = Map.of();

    // Lab 6 — regression training loop.
    private static final Map<String, String> LAB6_MISTAKES = Map.of();

    // Lab 7 — shallow network on nonlinear data.
    private static final Map<String, String> LAB7_MISTAKES = Map.of();

    // Lab 8 — MNIST by hand.
    private static final Map<String, String> LAB8_MISTAKES = Map.ofEntries(
            Map.entry("logits-instead-of-probabilities",
                    "these are the logits hidden_2 @ W3.T + b3: the forward pass ends with the softmax,"
                            + " exp(logits) / exp(logits).sum(dim=1, keepdim=True)."),
            Map.entry("softmax-over-the-batch",
                    "each column sums to 1 instead of each row: the softmax's sum runs over the classes (dim 1,"
                            + " kept), not over the batch (dim 0)."),
            Map.entry("missing-hidden-sigmoid",
                    "this is the network without its sigmoids: apply 1 / (1 + exp(−z)) after the first and the"
                            + " second layer."),
            Map.entry("relu-instead-of-sigmoid",
                    "this is the network with ReLU activations: seed 003 uses the sigmoid 1 / (1 + exp(−z))."),
            Map.entry("missing-bias",
                    "this is the network without its biases: every layer adds its b after x @ W.T."),
            Map.entry("ascent-instead-of-descent",
                    "the parameters moved along the gradient: gradient descent subtracts it, W − lr·W.grad."),
            Map.entry("update-without-learning-rate",
                    "the update subtracted the whole gradient: multiply it by the learning rate first,"
                            + " W − lr·W.grad."),
            Map.entry("gradients-not-reset",
                    "the second step used the first step's gradient too: reset every gradient to zero after the"
                            + " update (W.grad.zero_()), or backward adds the next gradient to the old one."));

    private static final Map<String, String> MISTAKES = merge(LAB1_MISTAKES, LAB2_MISTAKES, LAB3_MISTAKES,
            LAB4_MISTAKES, LAB5_MISTAKES, LAB6_MISTAKES, LAB7_MISTAKES, LAB8_MISTAKES);

    @SafeVarargs
    private static Map<String, String> merge(Map<String, String>... labs) {
        Map<String, String> all = new java.util.HashMap<>();
        for (Map<String, String> lab : labs) {
            lab.forEach((id, text) -> {
                String before = all.putIfAbsent(id, text);
                if (before != null && !before.equals(text)) {
                    throw new IllegalStateException("mistake '" + id + "' has two different hints");
                }
            });
        }
        return Map.copyOf(all);
    }

    /** The hint for a known mistake. */
    public static String mistake(String id) {
        return MISTAKES.getOrDefault(id, "the value is what the known mistake '" + id + "' produces.");
    }

    /** Whether a hint wording exists for the mistake id (checked by the kit's tests for every fixture). */
    public static boolean knowsMistake(String id) {
        return MISTAKES.containsKey(id);
    }

    // ------------------------------------------------------------------------------------ generic hints

    static String transposed(String actualShape, String expectedShape, boolean valuesMatchTransposed) {
        return "the shape " + actualShape + " is " + expectedShape + " transposed"
                + (valuesMatchTransposed ? " and the values match its transpose" : "")
                + ": PyTorch keeps a Linear weight as [out_features, in_features] and computes x @ W.T.";
    }

    static String extraUnitDimension(String actualShape, String expectedShape) {
        return "the shape " + actualShape + " has unit dimensions that " + expectedShape
                + " does not: reduce without keepDims, or reshape/squeeze the result.";
    }

    static String factor(double k) {
        String times = format(k);
        if (Math.abs(k - 2) < 1e-9) {
            return "every value is exactly twice the expected one: gradients accumulated from an earlier step"
                    + " (reset them with zeroGradients / grad.zero_()) or a step applied twice?";
        }
        if (Math.abs(k + 1) < 1e-9) {
            return "every value has the opposite sign: a sign flipped (w − lr·grad, not w + lr·grad; a loss is"
                    + " −log p)?";
        }
        if (k > 1 && Math.abs(k - Math.rint(k)) < 1e-6) {
            return "every value is " + times + "× the expected one: a sum where a mean belongs, or a mean over"
                    + " fewer elements?";
        }
        double inverse = 1 / k;
        if (inverse > 1 && Math.abs(inverse - Math.rint(inverse)) < 1e-6) {
            return "every value is 1/" + format(Math.rint(inverse)) + " of the expected one: a mean over more"
                    + " elements than PyTorch averages over, or a learning rate divided once too often?";
        }
        return "every value is " + times + "× the expected one: a constant factor (learning rate, scaling) is off.";
    }

    static String dtype(String actual, String expected) {
        if (expected.startsWith("int") && actual.startsWith("float")) {
            return "PyTorch returns " + expected + " here (indices, labels, one-hot): convert with"
                    + " toType(DataType.INT64, false).";
        }
        if (expected.equals("float64") && actual.equals("float32")) {
            return "the result lost float64 precision: keep the inputs' dtype (the notebook calls .double());"
                    + " integer or float32 tensors mixed into the computation turn it into float32.";
        }
        if (expected.startsWith("float") && actual.startsWith("int")) {
            return "integer arithmetic truncates: convert integer tensors (one-hot targets, labels) to "
                    + expected + " before computing with them.";
        }
        return "convert the result to " + expected + ".";
    }

    static String nonFinite(int nan, int inf) {
        return (nan > 0 ? "NaN" : "Inf") + " in the result: log of 0 or of a negative number, an exp that"
                + " overflowed, or a division by zero? Stable forms: logSoftmax instead of log(softmax), and"
                + " clamping log terms as BCELoss does (at −100).";
    }

    // ------------------------------------------------------------------------------------------ failures

    static String header(String step, String what, String verdict) {
        return (step == null ? "" : step + " ") + what + " " + verdict;
    }

    static String shapeLine(String label, TensorValues v) {
        return String.format(Locale.ROOT, "  %-9s %s %s", label, v.dtype(), java.util.Arrays.toString(v.shape()));
    }

    static String outOfToleranceLine(int out, int total, Tolerance t) {
        return String.format(Locale.ROOT, "  %d of %d elements out of tolerance (|actual − expected| ≤ %s + %s·|expected|; %s)",
                out, total, format(t.atol()), format(t.rtol()), t.reason());
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
        return header(step, what, "is null: the method returned nothing");
    }

    /** A number as PyTorch would print it to full precision: no trailing noise, exponent when small or large. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        return a >= 1e-4 && a < 1e6 ? String.format(Locale.ROOT, "%.8g", v).replaceAll("0+$", "").replaceAll("\\.$", "")
                : String.format(Locale.ROOT, "%.6e", v);
    }
}
