package nnlab.grader;

import java.util.List;
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
    /** The category of a test that ran past its time limit and was stopped. */
    public static final String TIMED_OUT = "timed out";
    /** The category of a test during which the JVM running the student's code died or ran out of memory. */
    public static final String CRASHED = "crashed";
    /** The category of every test of a step whose source file does not compile (graded as its stub). */
    public static final String DOES_NOT_COMPILE = "does not compile";
    /** The category of a test the grader itself could not run: the course's fault, never the student's. */
    public static final String GRADER_ERROR = "grader error";

    // ------------------------------------------------------------------ cases the grading runner ended

    /** A case of {@code step} stopped at its time limit. */
    public static String timedOut(String step, int limitSeconds) {
        return step + " ran past its time limit of " + limitSeconds + " s a case and was stopped: an endless loop, or"
                + " a loop over far more batches or epochs than the step asks for?";
    }

    /** A case not run because an earlier case of the same test ran past its limit. */
    public static String notRunAfterTimeout(String step) {
        return "not run: an earlier case of this " + step + " test ran past its time limit, so its remaining cases"
                + " score 0 too";
    }

    /**
     * A case of {@code step} during which the JVM running the student's code ended.
     *
     * @param exitCode the JVM's exit code (128 + n for signal n)
     * @param lastOutput the JVM's last lines of output
     */
    public static String crashed(String step, int exitCode, List<String> lastOutput, int heapMiB, long dataLimitMiB) {
        String output = String.join("\n", lastOutput);
        String what;
        if (output.contains("OutOfMemoryError")) {
            what = "ran out of memory during " + step + ": a tensor or array far larger than the step needs?";
        } else if (output.contains("A fatal error has been detected") || exitCode > 128) {
            what = "crashed in native code during " + step + " (exit code " + exitCode
                    + (exitCode > 128 ? ", signal " + (exitCode - 128) : "") + "): in the engine, or in memory"
                    + " your code reached outside Java?";
        } else {
            what = "ended with exit code " + exitCode + " during " + step + ": System.exit or Runtime.halt in your"
                    + " code?";
        }
        return "the JVM running your code " + what + " (its limits: Java heap " + heapMiB + " MiB"
                + (dataLimitMiB > 0 ? ", all memory " + dataLimitMiB + " MiB" : "") + ")";
    }

    /** A case not run because an earlier case of the same test crashed the JVM. */
    public static String notRunAfterCrash(String step) {
        return "not run: the JVM running your code ended during an earlier case of this " + step + " test, so its"
                + " remaining cases score 0 too";
    }

    /** Every test of a step whose file did not compile. */
    public static String doesNotCompile(String file, String diagnostics) {
        return file + " does not compile, so it is graded as its stub (every step in it scores 0):"
                + System.lineSeparator() + diagnostics.stripTrailing();
    }

    // ------------------------------------------------------------------------------------- known mistakes

    /*
     * What a student probably did when the answer equals what a known mistake produces, by the mistake's id as
     * the fixture generators record it (fixtures/generator/lab*_*.py, "mistakes"). One map per lab, so that labs
     * are written side by side; an id may appear in several labs only with the same wording.
     */

    // Lab 1 — tensors.
    private static final Map<String, String> LAB1_MISTAKES = Map.ofEntries(
            Map.entry("transpose-instead-of-view",
                    "this is the transpose (a.T / transpose()): it has the right shape but swaps rows and columns."
                            + " view/reshape keeps the elements in their row-major order: reshape(-1, 3)."),
            Map.entry("reduced-over-the-other-dim",
                    "these are the values reduced over the other dimension: dim 0 reduces over the rows and leaves"
                            + " one value per column, dim 1 reduces over the columns and leaves one value per row."),
            Map.entry("log-base-10",
                    "this is the base-10 logarithm (log10): torch.log and DJL's log() are the natural logarithm,"
                            + " base e."));

    // Lab 2 — forward passes.
    private static final Map<String, String> LAB2_MISTAKES = Map.ofEntries(
            Map.entry("missing-bias",
                    "this is the output without the bias: nn.Linear adds b to x @ W.T (DJL's Linear too, unless it"
                            + " is built with optBias(false))."),
            Map.entry("missing-sigmoid",
                    "these are the raw logits: the binary classifier ends in nn.Sigmoid(), which maps them into"
                            + " (0, 1); add Activation.sigmoidBlock() after the Linear layer."),
            Map.entry("softmax-instead-of-sigmoid",
                    "every output is 1: a softmax over a single output always gives 1. One output per sample"
                            + " needs a sigmoid (binary classifier); softmax is for several classes."),
            Map.entry("relu-between-layers",
                    "this is the stack with a ReLU between the Linear layers: the notebook's regression stack has"
                            + " no activation at all."),
            Map.entry("sigmoid-on-regression-output",
                    "this is a sigmoid of the regression output: a regression ends in a Linear layer, its output is"
                            + " any real number."),
            Map.entry("missing-softmax",
                    "these are the raw logits of the last Linear layer: the 4-class classifier ends in"
                            + " nn.Softmax(dim=-1), which turns every row into probabilities that sum to 1."),
            Map.entry("sigmoid-instead-of-softmax",
                    "this is a sigmoid of every logit: each value lies in (0, 1) but the rows do not sum to 1. Several"
                            + " classes need a softmax over the last dimension, softmax(-1)."),
            Map.entry("softmax-over-batch-dimension",
                    "this softmax runs over the samples (dim 0), not over the classes: nn.Softmax(dim=-1) normalises"
                            + " every row, softmax(-1) in DJL."));

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
    private static final Map<String, String> LAB4_MISTAKES = Map.ofEntries(
            Map.entry("backward-not-called",
                    "every gradient is zero: backward never filled them. Compute the loss inside a"
                            + " GradientCollector (Engine.getInstance().newGradientCollector()) and call"
                            + " collector.backward(loss)."),
            Map.entry("layer-counted-from-one",
                    "these are the next layer's gradients: layers count from 0, as model[0] is the first Linear"
                            + " layer (DJL names the children 01Linear, 02Linear, …, but getChildren() counts from 0)."),
            Map.entry("update-with-wrong-sign",
                    "the parameters moved up the gradient: gradient descent subtracts, w − lr·grad, not w + lr·grad."),
            Map.entry("learning-rate-not-applied",
                    "this is w − grad: the step forgot the learning rate, w − lr·grad."),
            Map.entry("gradient-not-reset",
                    "the gradient was not reset: DJL, like PyTorch, adds every backward's gradient to the one already"
                            + " stored, so the next step uses the sum of all gradients so far. After the update, set"
                            + " every parameter's gradient to zero in place (getGradient().subi(getGradient()))."),
            Map.entry("b2-gradient-never-reset",
                    "b2's gradient is never reset: it accumulates. The notebook's cell zeroes W2.grad twice and never"
                            + " b2.grad, so from the second step on b2 moves by the sum of all its earlier gradients."
                            + " Reset the gradient of every parameter, b2 included."),
            Map.entry("parameters-zeroed-instead-of-gradients",
                    "the parameters are zero: the reset must zero their gradients (getGradient()), not the"
                            + " parameters themselves."),
            Map.entry("missing-sigmoid-derivative",
                    "this gradient lacks the sigmoid's derivative: through A1 = sigmoid(Z1),"
                            + " dZ1 = dA1 ⊙ A1 ⊙ (1 − A1)."),
            Map.entry("weight-gradient-transposed",
                    "this is the gradient transposed: seed 002 keeps its weights as [in, out] (x @ W), so"
                            + " dL/dW = Xᵀ · dZ has W's own shape."));

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

    // Lab 7 — shallow network on nonlinear data. The ids it shares with lab 4 (the update's sign and learning
    // rate, the gradient reset, b2's never-reset gradient) take their wording from LAB4_MISTAKES.
    private static final Map<String, String> LAB7_MISTAKES = Map.ofEntries(
            Map.entry("output-sigmoid-missing",
                    "these are the output layer's raw scores A1 @ W2 + b2: the network ends in a sigmoid, which maps"
                            + " them into (0, 1), ŷ = sigmoid(A1 @ W2 + b2)."),
            Map.entry("hidden-sigmoid-missing",
                    "the hidden layer has no activation: A1 = sigmoid(X @ W1 + b1) feeds the output layer, not"
                            + " X @ W1 + b1 (without it the two layers collapse into one linear map)."),
            Map.entry("biases-not-added",
                    "this is the network without its biases: both layers add theirs, X @ W1 + b1 and A1 @ W2 + b2"
                            + " (a [1, n] row broadcasts over the samples)."),
            Map.entry("accuracy-as-count",
                    "this is the number of correct predictions: accuracy divides it by the number of samples."),
            Map.entry("error-rate-instead-of-accuracy",
                    "this is 1 − accuracy, the share of WRONG predictions: count where [ŷ > 0.5] equals the label."),
            Map.entry("accuracy-threshold-inclusive",
                    "a prediction of exactly 0.5 was counted as class 1: BinaryAccuracy takes class 1 only when"
                            + " ŷ > 0.5 (gt, not gte)."),
            Map.entry("adam-without-bias-correction",
                    "this is Adam without its bias correction: divide the step by 1 − β1^t and √v by √(1 − β2^t),"
                            + " with t counting the steps from 1 (at t = 1, m and v are 10 and 1000 times too small)."),
            Map.entry("adam-eps-inside-sqrt",
                    "ε went under the square root, √(v̂ + ε): torch.optim.Adam adds it after the root,"
                            + " √v / √(1 − β2^t) + ε."),
            Map.entry("djl-builtin-adam",
                    "this is what DJL's Optimizer.adam() computes: it adds ε to the uncorrected √v (an ε 32 times"
                            + " larger at step 1) and rounds lr, the betas and ε to float32. torch.optim.Adam divides √v"
                            + " by √(1 − β2^t) first, then adds ε: write the update in Adam.step()."),
            Map.entry("batches-not-shuffled",
                    "these are the batches in the data set's own order: take the samples in the epoch's order,"
                            + " order[0..32), order[32..64), … (inputs.get(manager.create(indices)))."),
            Map.entry("last-partial-batch-dropped",
                    "the last, incomplete batch is missing: without drop_last the loader keeps it (1000 samples in"
                            + " batches of 32 make 31 full batches and one of 8)."),
            Map.entry("l1-penalty-detached",
                    "the L1 term did not reach the gradients: it was added as a plain number (the notebook's final"
                            + " class adds it through .item()), so the loss shows it but backward ignores it. Build it"
                            + " from the parameters with NDArray operations, λ·Σ|p|, and add that NDArray to the loss."),
            Map.entry("l1-lambda-not-applied",
                    "this is Σ|p| without λ: the penalty is λ · Σ_p Σ_k |p_k|."),
            Map.entry("l2-instead-of-l1",
                    "this is the L2 penalty λ·Σp² (weight decay): L1 sums the absolute values, λ·Σ|p|, whose"
                            + " gradient is λ·sign(p)."),
            Map.entry("xavier-std-as-bound",
                    "this is Xavier's standard deviation √(2 / (fan_in + fan_out)), the std of xavier_normal_:"
                            + " the uniform version draws from ±√3 times that, a = √(6 / (fan_in + fan_out))."),
            Map.entry("xavier-bound-from-fan-in-only",
                    "this bound uses fan_in alone, √(6 / fan_in) (He/Kaiming): Xavier averages both fans,"
                            + " a = √(6 / (fan_in + fan_out))."),
            Map.entry("linear-default-bound",
                    "this is nn.Linear's default bound 1/√fan_in, not Xavier's √(6 / (fan_in + fan_out))."));

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
            Map.entry("missing-biases",
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
                + " clamping log terms as BCELoss does (at −100, with clip). Inside a GradientCollector, never give"
                + " mul, div, pow or maximum a Java number: DJL frees that number's tensor before backward reads it"
                + " (write 1/d as d.onesLike().div(d), clamp with clip, make constants with manager.create).";
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
        return header(step, what, "is null: the method returned nothing");
    }

    // ------------------------------------------------------------------ properties beyond the values (TensorProperties)

    static String wrongDevice(String step, String what, String actual, String expected) {
        return header(step, what, "is on " + actual + ", expected " + expected) + System.lineSeparator()
                + hintLine("the device follows the manager that creates a tensor (NDManager.newBaseManager(device))"
                        + " or an explicit toDevice(device, false); the chosen device is the GPU when the engine"
                        + " has one (Engine.getInstance().getGpuCount() > 0), else the CPU.");
    }

    static String outsideInterval(String step, String what, String interval, int outside, int total, String index,
            double value, String hint) {
        return header(step, what, "has values outside " + interval) + System.lineSeparator()
                + String.format(Locale.ROOT, "  %d of %d elements outside; first at %s: %s", outside, total, index,
                        format(value))
                + (hint == null ? "" : System.lineSeparator() + hintLine(hint));
    }

    static String rowSumNotOne(String step, String what, int badRows, int rows, String row, double sum,
            Tolerance tolerance) {
        return header(step, what, "has rows that do not sum to 1") + System.lineSeparator()
                + String.format(Locale.ROOT, "  %d of %d rows off (|sum − 1| ≤ %s); first: row %s sums to %s", badRows,
                        rows, format(tolerance.atol()), row, format(sum)) + System.lineSeparator()
                + hintLine("probabilities over the classes come from softmax over the last dimension (softmax(-1));"
                        + " a sigmoid, or a softmax over the batch dimension, gives rows that do not sum to 1.");
    }

    static String notTwoDimensional(String step, String what, String shape) {
        return header(step, what, "has shape " + shape + ", expected a 2-d tensor [samples, classes]");
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
        return header(step, what, "is below its threshold") + System.lineSeparator()
                + String.format(Locale.ROOT, "  actual %s, threshold %s (PyTorch: %s)", format(actual),
                        format(threshold), reference)
                + (hint == null ? "" : System.lineSeparator() + hintLine(hint));
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
