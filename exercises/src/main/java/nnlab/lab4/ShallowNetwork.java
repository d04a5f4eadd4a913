// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab4;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import java.util.List;

/**
 * Given: seed 002's shallow network with hand-made float64 parameters (In [6]): {@code W1} [2, 10], {@code b1}
 * [1, 10], {@code W2} [10, 1], {@code b2} [1, 1], sigmoid activations and the BCE loss. Unlike nn.Linear, these
 * weights are [in, out]: the layers compute {@code x @ W + b}.
 */
public final class ShallowNetwork {

    /** The parameters' names, in the order {@link #parameters()} lists them. */
    public static final List<String> NAMES = List.of("W1", "b1", "W2", "b2");

    private final NDArray w1;
    private final NDArray b1;
    private final NDArray w2;
    private final NDArray b2;

    /** A network on these arrays, used as they are (no gradients attached). */
    public ShallowNetwork(NDArray w1, NDArray b1, NDArray w2, NDArray b2) {
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    /**
     * A network whose parameters require gradients, as the notebook's {@code torch.nn.Parameter(...,
     * requires_grad=True)}: after a backward inside a GradientCollector each holds its gradient
     * ({@code getGradient()}).
     */
    public static ShallowNetwork trainable(NDArray w1, NDArray b1, NDArray w2, NDArray b2) {
        for (NDArray p : List.of(w1, b1, w2, b2)) {
            p.setRequiresGradient(true);
        }
        return new ShallowNetwork(w1, b1, w2, b2);
    }

    /** A network on a list of four parameters in the order of {@link #NAMES}. */
    public static ShallowNetwork of(NDList parameters) {
        return new ShallowNetwork(parameters.get(0), parameters.get(1), parameters.get(2), parameters.get(3));
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

    /** W1, b1, W2, b2. */
    public NDList parameters() {
        return new NDList(w1, b1, w2, b2);
    }

    /** The hidden layer's activations {@code A1 = sigmoid(X @ W1 + b1)}, [N, 10]. */
    public NDArray hidden(NDArray inputs) {
        return Activation.sigmoid(inputs.matMul(w1).add(b1));
    }

    /**
     * The loss of In [6], {@code nn.BCELoss()(sigmoid(A1 @ W2 + b2), targets)}, written on the output layer's
     * logits {@code z = A1 @ W2 + b2} as {@code mean(softplus(z) − y·z)} (what {@code nn.BCEWithLogitsLoss}
     * computes): the same function of the parameters, equal to PyTorch's BCELoss within float64 rounding here (no
     * probability reaches 0 or 1, so its clamp at −100 never acts). Written this way, the given network holds
     * neither the BCE on probabilities (L3.4, L7.2) nor the forward pass (L7.1) that students write, and lab 4
     * grades its own steps only, whatever lab 3 holds.
     */
    public NDArray loss(NDArray inputs, NDArray targets) {
        NDArray logits = hidden(inputs).matMul(w2).add(b2);
        return Activation.softPlus(logits).sub(targets.mul(logits)).mean();
    }
}
