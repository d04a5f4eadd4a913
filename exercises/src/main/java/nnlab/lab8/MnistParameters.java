// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab8;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import java.util.List;

/**
 * The six tensors of seed 003's network, as the notebook names them: {@code W1} [100, 784], {@code b1} [1, 100],
 * {@code W2} [50, 100], {@code b2} [1, 50], {@code W3} [10, 50], {@code b3} [1, 10]. A weight is stored as PyTorch
 * stores it, [out, in], so a layer computes {@code x @ W.T + b}.
 */
public final class MnistParameters {

    private final NDArray w1;
    private final NDArray b1;
    private final NDArray w2;
    private final NDArray b2;
    private final NDArray w3;
    private final NDArray b3;

    public MnistParameters(NDArray w1, NDArray b1, NDArray w2, NDArray b2, NDArray w3, NDArray b3) {
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        this.w3 = w3;
        this.b3 = b3;
    }

    /** The parameters of a list in the order W1, b1, W2, b2, W3, b3. */
    public static MnistParameters of(List<NDArray> arrays) {
        if (arrays.size() != 6) {
            throw new IllegalArgumentException("expected 6 tensors (W1, b1, W2, b2, W3, b3), got " + arrays.size());
        }
        return new MnistParameters(arrays.get(0), arrays.get(1), arrays.get(2), arrays.get(3), arrays.get(4),
                arrays.get(5));
    }

    /** Weights of the first layer, [100, 784]. */
    public NDArray w1() {
        return w1;
    }

    /** Bias of the first layer, [1, 100]. */
    public NDArray b1() {
        return b1;
    }

    /** Weights of the second layer, [50, 100]. */
    public NDArray w2() {
        return w2;
    }

    /** Bias of the second layer, [1, 50]. */
    public NDArray b2() {
        return b2;
    }

    /** Weights of the output layer, [10, 50]. */
    public NDArray w3() {
        return w3;
    }

    /** Bias of the output layer, [1, 10]. */
    public NDArray b3() {
        return b3;
    }

    /** All six, in the order W1, b1, W2, b2, W3, b3. */
    public NDList list() {
        return new NDList(w1, b1, w2, b2, w3, b3);
    }

    /** The names of {@link #list()}'s tensors, as the notebook calls them. */
    public static List<String> names() {
        return List.of("W1", "b1", "W2", "b2", "W3", "b3");
    }

    /** Makes every tensor a leaf that collects its gradient ({@code requires_grad=True}); returns this. */
    public MnistParameters requireGradients() {
        for (NDArray p : list()) {
            p.setRequiresGradient(true);
        }
        return this;
    }
}
