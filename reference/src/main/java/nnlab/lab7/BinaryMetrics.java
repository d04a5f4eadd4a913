package nnlab.lab7;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import nnlab.course.Solution;

/**
 * Lab 7, step 2 — the loss and the metric the notebook takes from libraries: {@code torch.nn.BCELoss()} and
 * torchmetrics' {@code BinaryAccuracy()} (In [6], printed in In [7] and In [8]).
 */
public final class BinaryMetrics {

    private BinaryMetrics() {
    }

    /**
     * L7.2 — binary cross-entropy on probabilities, as {@code nn.BCELoss()} (mean over the samples), which clamps
     * each log at −100:
     * <pre>loss = 1/N · Σ_i −( y_i · max(log ŷ_i, −100) + (1 − y_i) · max(log(1 − ŷ_i), −100) )</pre>
     * Write it with NDArray operations: DJL 0.35.1's {@code Loss.sigmoidBinaryCrossEntropyLoss(name, 1, true)}
     * returns the negative of this loss and adds 1e-12 inside its logs.
     *
     * @param probabilities ŷ, in [0, 1], [N, 1]
     * @param targets y, 0 or 1, same shape and dtype
     * @return the mean loss, a 0-d tensor of the probabilities' dtype
     */
    @Solution("L7.2")
    public static NDArray binaryCrossEntropy(NDArray probabilities, NDArray targets) {
        // Numbers enter as tensors (onesLike, clip's bounds): see the package's note on DJL and Java numbers.
        NDArray ones = probabilities.onesLike();
        NDArray logP = probabilities.log().clip(-100, Double.POSITIVE_INFINITY);
        NDArray logNotP = ones.sub(probabilities).log().clip(-100, Double.POSITIVE_INFINITY);
        return targets.mul(logP).add(ones.sub(targets).mul(logNotP)).neg().mean();
    }

    /**
     * L7.2 — the share of correct predictions, as torchmetrics' {@code BinaryAccuracy()} with its threshold 0.5:
     * a prediction is class 1 when it is GREATER than 0.5 (exactly 0.5 is class 0), and the result is a float32
     * (the notebook prints 0.9890000224113464, the float32 nearest 0.989):
     * <pre>accuracy = 1/N · #{ i : [ŷ_i > 0.5] = y_i }</pre>
     * (torchmetrics would first apply a sigmoid to values outside [0, 1]; this method takes probabilities.)
     *
     * @param probabilities ŷ, in [0, 1], [N, 1]
     * @param targets y, 0 or 1, same shape
     * @return the accuracy, a 0-d float32 tensor
     */
    @Solution("L7.2")
    public static NDArray accuracy(NDArray probabilities, NDArray targets) {
        NDArray predicted = probabilities.gt(0.5).toType(targets.getDataType(), false);
        return predicted.eq(targets).toType(DataType.FLOAT32, false).mean();
    }
}
