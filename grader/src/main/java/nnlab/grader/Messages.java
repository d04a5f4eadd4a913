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
    private static final Map<String, String> LAB5_MISTAKES = Map.ofEntries(
            Map.entry("length-counts-features",
                    "this counts every element of the features (NDArray.size() is numel): the length of a data"
                            + " set is its number of samples, labels.getShape().get(0)."),
            Map.entry("partial-batch-dropped",
                    "the last, incomplete batch is missing: without drop_last PyTorch keeps it (5 samples in"
                            + " batches of 2 make 3 batches)."),
            Map.entry("drop-last-ignored",
                    "the incomplete last batch is still there: with drop_last PyTorch drops it."),
            Map.entry("no-base-seed-draw",
                    "the loader drew nothing from the generator: PyTorch draws a 64-bit base seed at every"
                            + " iter(loader), even without shuffle (generator.randomInt64())."),
            Map.entry("missing-base-seed-draw",
                    "this is the order you get when the loader skips its base seed: at every iter() PyTorch first"
                            + " draws the base seed (generator.randomInt64()), then the sampler's seed."),
            Map.entry("permutation-from-global-generator",
                    "this permutation comes straight from the loader's generator: RandomSampler draws a seed,"
                            + " makes a generator of its own with it (new TorchGenerator(seed)) and takes randperm"
                            + " from that one."),
            Map.entry("same-order-every-epoch",
                    "this is the first epoch's order again: a shuffling loader draws a new permutation at every"
                            + " pass (each iterator() call is one epoch)."),
            Map.entry("missing-relu",
                    "these are the logits of the layers without their ReLUs: add Activation.reluBlock() after"
                            + " every hidden Linear layer."),
            Map.entry("sigmoid-instead-of-relu",
                    "these are the logits with sigmoid activations: the notebooks' MLPs use ReLU"
                            + " (Activation.reluBlock())."),
            Map.entry("relu-after-output-layer",
                    "a ReLU follows the output layer: the last Linear layer gives the raw logits, with no"
                            + " activation (negative logits must stay negative)."),
            Map.entry("bias-drawn-before-weight",
                    "these values come from drawing the bias before the weight: nn.Linear draws the weight"
                            + " (out × in values, row-major) first, then the bias, layer by layer."),
            Map.entry("bound-from-fan-out",
                    "the bound comes from the number of outputs: nn.Linear draws from uniform(±1/√fan_in), fan_in"
                            + " being the layer's number of INPUTS (the weight's second dimension)."),
            Map.entry("missing-zero-grad",
                    "this is the earlier batch's gradient plus this one's: backward adds to .grad, so a step"
                            + " must zero every parameter's gradient first (optimizer.zero_grad();"
                            + " g = p.getArray().getGradient(); g.subi(g))."),
            Map.entry("wrong-learning-rate",
                    "the weights moved by another multiple of the gradient than the step's learning rate"
                            + " (000: 0.5, 004: 1, 001's regression: 0.001): use the learning rate you are given,"
                            + " p = p − lr · p.grad."),
            Map.entry("softmax-over-wrong-dimension",
                    "the softmax ran down the columns (dim 0): every ROW holds one sample's class scores, so"
                            + " normalise along dim 1 (softmax(1)); each row must sum to 1."),
            Map.entry("accuracy-as-count",
                    "this is the number of correct predictions: accuracy divides it by the number of samples."));

    // Lab 6 — regression training loop.
    private static final Map<String, String> LAB6_MISTAKES = Map.ofEntries(
            Map.entry("relu-between-linear-layers",
                    "an activation sits between the two Linear layers: seed 001's regression model is"
                            + " Linear(4, 2) then Linear(2, 1), nothing in between."),
            Map.entry("broadcast-target-shape",
                    "the predictions [B, 1] were compared with targets of shape [B]: the difference broadcasts to"
                            + " [B, B] (PyTorch only warns). Keep both [B, 1]."));

    // Lab 7 — shallow network on nonlinear data.
    private static final Map<String, String> LAB7_MISTAKES = Map.of();

    // Lab 8 — MNIST by hand.
    private static final Map<String, String> LAB8_MISTAKES = Map.of();

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
