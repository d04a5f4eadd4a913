package nnlab.lab7;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import java.util.List;
import nnlab.course.Solution;

/**
 * Seed 002's shallow network with hand-made float64 parameters (In [6]): {@code W1} [2, 10], {@code b1} [1, 10],
 * {@code W2} [10, 1], {@code b2} [1, 1], sigmoid activations. Unlike nn.Linear these weights are [in, out]: a
 * layer computes {@code x @ W + b}. The notebook draws them as {@code torch.randn(...) * 0.1}; here they come from
 * the fixture (or {@link XavierInit#network}), so that any Java implementation starts where PyTorch did.
 */
public final class ShallowNetwork {

    /** The parameters' names, in the order {@link #parameters()} lists them (the notebook's self.parameters()). */
    public static final List<String> NAMES = List.of("W1", "b1", "W2", "b2");

    private final NDArray w1;
    private final NDArray b1;
    private final NDArray w2;
    private final NDArray b2;

    /** A network on these arrays, used as they are. */
    public ShallowNetwork(NDArray w1, NDArray b1, NDArray w2, NDArray b2) {
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    /**
     * A network whose parameters require gradients, as the notebook's {@code torch.nn.Parameter}: after
     * {@code collector.backward(loss)} inside a GradientCollector each holds its gradient in {@code getGradient()}
     * (and backward ADDS to it: reset it after every step).
     */
    public static ShallowNetwork trainable(NDArray w1, NDArray b1, NDArray w2, NDArray b2) {
        for (NDArray p : List.of(w1, b1, w2, b2)) {
            p.setRequiresGradient(true);
        }
        return new ShallowNetwork(w1, b1, w2, b2);
    }

    /** W1, the hidden layer's weight [2, 10] ([in, out]). */
    public NDArray w1() {
        return w1;
    }

    /** b1, the hidden layer's bias [1, 10]. */
    public NDArray b1() {
        return b1;
    }

    /** W2, the output layer's weight [10, 1] ([in, out]). */
    public NDArray w2() {
        return w2;
    }

    /** b2, the output layer's bias [1, 1]. */
    public NDArray b2() {
        return b2;
    }

    /** W1, b1, W2, b2: the notebook's {@code self.parameters()}. */
    public NDList parameters() {
        return new NDList(w1, b1, w2, b2);
    }

    /**
     * L7.1 — the forward pass of In [6]:
     * <pre>A1 = sigmoid(X @ W1 + b1)      ŷ = sigmoid(A1 @ W2 + b2)</pre>
     * ({@code torch.matmul} and {@code torch.sigmoid}; DJL: {@code matMul}, {@code add}, {@code Activation.sigmoid}).
     *
     * @param inputs X, [N, 2], float64
     * @return ŷ, the probabilities of class 1, [N, 1], float64
     */
    @Solution("L7.1")
    public NDArray forward(NDArray inputs) {
        NDArray hidden = Activation.sigmoid(inputs.matMul(w1).add(b1));
        return Activation.sigmoid(hidden.matMul(w2).add(b2));
    }
}
