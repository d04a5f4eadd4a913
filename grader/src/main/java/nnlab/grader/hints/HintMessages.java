package nnlab.grader.hints;

import static nnlab.grader.hints.Numbers.format;

import java.util.Map;

/**
 * The hints a failure message ends with: one sentence per known mistake (by the id the fixture generators record),
 * and the generic hints the numbers alone reveal (a transposed shape, a constant factor, a lost dtype, NaN).
 */
public final class HintMessages {

    private HintMessages() {
    }

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

    /** A 2-d shape that is the expected one transposed. */
    public static String transposed(String actualShape, String expectedShape, boolean valuesMatchTransposed) {
        return "the shape " + actualShape + " is " + expectedShape + " transposed"
                + (valuesMatchTransposed ? " and the values match its transpose" : "")
                + ": PyTorch keeps a Linear weight as [out_features, in_features] and computes x @ W.T.";
    }

    /** A shape that differs from the expected one only in unit dimensions. */
    public static String extraUnitDimension(String actualShape, String expectedShape) {
        return "the shape " + actualShape + " has unit dimensions that " + expectedShape
                + " does not: reduce without keepDims, or reshape/squeeze the result.";
    }

    /** Every value is {@code k} times the expected one. */
    public static String factor(double k) {
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

    /** The right values in another dtype. */
    public static String dtype(String actual, String expected) {
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

    /** NaN or Inf where PyTorch has finite values. */
    public static String nonFinite(int nan, int inf) {
        return (nan > 0 ? "NaN" : "Inf") + " in the result: log of 0 or of a negative number, an exp that"
                + " overflowed, or a division by zero? Stable forms: logSoftmax instead of log(softmax), and"
                + " clamping log terms as BCELoss does (at −100, with clip). Inside a GradientCollector, never give"
                + " mul, div, pow or maximum a Java number: DJL frees that number's tensor before backward reads it"
                + " (write 1/d as d.onesLike().div(d), clamp with clip, make constants with manager.create).";
    }
}
