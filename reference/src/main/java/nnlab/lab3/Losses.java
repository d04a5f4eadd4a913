package nnlab.lab3;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import nnlab.course.Solution;

/**
 * Lab 3 — the loss functions of the course's notebooks, written with DJL's NDArray operations. Every method
 * returns what its PyTorch counterpart returns, with the same shape and dtype (a loss is a 0-d tensor).
 */
public final class Losses {

    private Losses() {
    }

    /**
     * L3.1 — one-hot encoding, as {@code F.one_hot(labels, num_classes)} (seed 001, cell In [11]): a tensor of
     * shape {@code labels.shape + [numClasses]} and dtype int64 holding 1 at each label's index and 0 elsewhere.
     * {@code F.one_hot(torch.tensor(0), num_classes=3)} is {@code [1, 0, 0]}.
     *
     * @param labels class indices, int64, of any shape (a scalar too)
     * @param numClasses the number of classes
     * @return the one-hot tensor, int64
     */
    @Solution("L3.1")
    public static NDArray oneHot(NDArray labels, int numClasses) {
        return labels.oneHot(numClasses, DataType.INT64);
    }

    /**
     * L3.2 — cross-entropy from logits with class-index targets, as {@code F.cross_entropy(logits, labels)} with
     * its default mean reduction (seed 000's training loop, cell In [14]):
     * <pre>loss = 1/N · Σ_i ( −log softmax(z_i)[y_i] ) = 1/N · Σ_i ( log Σ_c exp(z_ic) − z_i,y_i )</pre>
     * The logits are the raw scores: the loss applies the (log-)softmax itself.
     *
     * @param logits raw scores, shape [N, C]
     * @param labels class indices, int64, shape [N]
     * @return the mean loss, a 0-d tensor of the logits' dtype
     */
    @Solution("L3.2")
    public static NDArray crossEntropy(NDArray logits, NDArray labels) {
        NDArray logProbabilities = logits.logSoftmax(1);
        return logProbabilities.gather(labels.reshape(-1, 1), 1).neg().mean();
    }

    /**
     * L3.3 — cross-entropy with one-hot (probability) targets, as {@code nn.CrossEntropyLoss()(scores, targets)}
     * when the targets are floats of the scores' shape (seed 001, cells In [29] and In [16]):
     * <pre>loss = 1/N · Σ_i Σ_c ( −p_ic · log softmax(z_i)_c )</pre>
     * The notebook's values: 0.8131 for scores [−0.122, 0.105] and target [1, 0]; 8.0619 for scores
     * [0.1, 6.0, −2.0, 3.2] and label 2, both in float64. The sum runs over classes, the mean over samples only.
     *
     * @param scores raw scores (logits), shape [N, C], float64
     * @param targets probabilities per class (one-hot rows), shape [N, C], float64
     * @return the mean loss, a 0-d float64 tensor
     */
    @Solution("L3.3")
    public static NDArray crossEntropyWithProbabilities(NDArray scores, NDArray targets) {
        return targets.mul(scores.logSoftmax(1)).sum(new int[] {1}).neg().mean();
    }

    /**
     * L3.4 — binary cross-entropy on probabilities, as {@code nn.BCELoss()} (seed 002's shallow network):
     * <pre>loss = 1/N · Σ_i −( y_i · max(log p_i, −100) + (1 − y_i) · max(log(1 − p_i), −100) )</pre>
     * PyTorch clamps each log term at −100, so a probability of exactly 0 or 1 gives a large finite loss, not
     * infinity.
     *
     * @param probabilities predicted probabilities of class 1, in [0, 1], any shape
     * @param targets the labels, 0 or 1, of the same shape and dtype
     * @return the mean loss, a 0-d tensor
     */
    @Solution("L3.4")
    public static NDArray binaryCrossEntropy(NDArray probabilities, NDArray targets) {
        // Numbers enter as tensors (onesLike, clip's bounds): see the package's note on DJL and Java numbers.
        NDArray ones = probabilities.onesLike();
        NDArray logP = probabilities.log().clip(-100, Double.POSITIVE_INFINITY);
        NDArray logNotP = ones.sub(probabilities).log().clip(-100, Double.POSITIVE_INFINITY);
        return targets.mul(logP).add(ones.sub(targets).mul(logNotP)).neg().mean();
    }

    /**
     * L3.5 — mean squared error, as {@code nn.MSELoss()} (seed 001: numpy's {@code np.square(y_hat - y).mean()}
     * and torch agree, 10 vs 1 gives 81):
     * <pre>loss = 1/n · Σ_k (ŷ_k − y_k)²</pre>
     *
     * @param predictions the predictions, any shape
     * @param targets the targets, same shape
     * @return the mean of the squared differences, a 0-d tensor
     */
    @Solution("L3.5")
    public static NDArray meanSquaredError(NDArray predictions, NDArray targets) {
        return predictions.sub(targets).square().mean();
    }

    /**
     * L3.6 — the hand-written cross-entropy of seed 003's MNIST loop (cell In [17], steps 6 and 7): the softmax
     * written out, then the mean of {@code −onehot · log softmax} over the batch AND the classes:
     * <pre>softmax = exp(z) / Σ_c exp(z_c)     loss = −(onehot * log(softmax)).mean()</pre>
     * Because {@code .mean()} divides by N·C rather than N, this is the library's cross-entropy divided by the
     * number of classes (10 for MNIST).
     *
     * @param logits raw scores, shape [N, C]
     * @param oneHotLabels one-hot rows, shape [N, C], the logits' dtype
     * @return the loss, a 0-d tensor
     */
    @Solution("L3.6")
    public static NDArray handWrittenCrossEntropy(NDArray logits, NDArray oneHotLabels) {
        NDArray numerator = logits.exp();
        NDArray denominator = numerator.sum(new int[] {1}, true);
        NDArray softmax = numerator.div(denominator);
        return oneHotLabels.mul(softmax.log()).mean().neg();
    }
}
