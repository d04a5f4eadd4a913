// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab4;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import java.util.List;
import nnlab.lab3.Losses;
import nnlab.course.NotImplementedYet;

/**
 * Given, but for its forward pass (yours, in L4.7): seed 002's shallow network with hand-made float64 parameters
 * (In [6]): {@code W1} [2, 10], {@code b1} [1, 10], {@code W2} [10, 1], {@code b2} [1, 1], sigmoid activations and
 * {@code nn.BCELoss} (your L3.4). Unlike nn.Linear, these weights are [in, out]: the layers compute
 * {@code x @ W + b}.
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

    /**
     * L4.7 (first part) — the forward pass of In [6], which {@link #loss} and so the training loop need:
     * <pre>A1 = sigmoid(X @ W1 + b1)      ŷ = sigmoid(A1 @ W2 + b2)</pre>
     * ({@link #hidden} gives A1; DJL: {@code matMul}, {@code add}, {@code Activation.sigmoid}). Yours, not given:
     * lab 7's L7.1 is this same forward pass.
     *
     * @param inputs X, [N, 2]
     * @return ŷ, the probabilities of class 1, [N, 1]
     */
    public NDArray forward(NDArray inputs) {
        throw new NotImplementedYet("L4.7");
    }

    /** The hidden layer's activations {@code A1 = sigmoid(X @ W1 + b1)}, [N, 10]. */
    public NDArray hidden(NDArray inputs) {
        return Activation.sigmoid(inputs.matMul(w1).add(b1));
    }

    /**
     * The loss of In [6], {@code nn.BCELoss()(forward(inputs), targets)}, computed by YOUR
     * {@link Losses#binaryCrossEntropy} (L3.4): write L3.4 first. The course gives no BCE of its own here, because a
     * given BCE would be L3.4's answer (and L7.2's).
     */
    public NDArray loss(NDArray inputs, NDArray targets) {
        return Losses.binaryCrossEntropy(forward(inputs), targets);
    }
}
