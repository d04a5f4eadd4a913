package nnlab.lab4;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import nnlab.course.Solution;

/**
 * Lab 4, seed 002 (In [6] and In [7]) — plain gradient descent on the {@link ShallowNetwork}'s hand-made float64
 * parameters, and the gradients that {@code loss_val.backward()} computes, written out by the chain rule.
 *
 * <p>The notebook's loop, per iteration: forward, BCE loss, {@code loss_val.backward()}, the update
 * {@code W -= alpha * W.grad} under {@code torch.no_grad()}, then the reset of every gradient. Its reset cell
 * zeroes {@code W2.grad} twice and never {@code b2.grad}, so b2's gradient accumulates from step to step; these
 * methods reset every gradient. In DJL, operations outside a GradientCollector are not recorded, so an in-place
 * update there is PyTorch's update under {@code no_grad}.
 */
public final class GradientDescent {

    private GradientDescent() {
    }

    /**
     * L4.5 — the update of In [6]'s {@code with torch.no_grad()} block, in place, for W1, b1, W2 and b2:
     * <pre>W ← W − alpha · ∂loss/∂W</pre>
     *
     * @param network a network whose parameters hold their gradients (after backward)
     * @param alpha the learning rate (5 in the notebook)
     */
    @Solution("L4.5")
    public static void update(ShallowNetwork network, double alpha) {
        for (NDArray parameter : network.parameters()) {
            parameter.subi(parameter.getGradient().mul(alpha));
        }
    }

    /**
     * L4.6 — the reset of In [6] done right: every parameter's gradient set to zero, in place (PyTorch's
     * {@code W.grad.zero_()} for W1, b1, W2 AND b2). The parameters keep their values. A gradient that is not
     * reset accumulates: the next backward adds to it.
     *
     * @param network a network whose parameters hold their gradients
     */
    @Solution("L4.6")
    public static void resetGradients(ShallowNetwork network) {
        for (NDArray parameter : network.parameters()) {
            NDArray gradient = parameter.getGradient();
            gradient.subi(gradient);
        }
    }

    /**
     * L4.7 — In [6]'s training loop for a number of iterations: per iteration the forward pass and the loss
     * ({@link ShallowNetwork#loss}), backward inside a GradientCollector, then {@link #update} and
     * {@link #resetGradients}. The loss is recorded before the update, as the notebook's
     * {@code loss_history.append(loss_val.item())}.
     *
     * @param network a trainable network (parameters require gradients and hold none yet)
     * @param inputs X, [N, 2], float64
     * @param targets the labels as float64, [N, 1]
     * @param alpha the learning rate
     * @param iterations how many steps
     * @return the loss of every iteration, float64 [iterations]
     */
    @Solution("L4.7")
    public static NDArray train(ShallowNetwork network, NDArray inputs, NDArray targets, double alpha,
            int iterations) {
        double[] losses = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray loss = network.loss(inputs, targets);
                losses[i] = loss.getDouble();
                collector.backward(loss);
            }
            update(network, alpha);
            resetGradients(network);
        }
        return inputs.getManager().create(losses);
    }

    /**
     * L4.8 — the gradients of In [6]'s loss with respect to W1, b1, W2 and b2, written out by the chain rule
     * (what {@code loss_val.backward()} computes). With {@code A1 = sigmoid(X W1 + b1)},
     * {@code ŷ = sigmoid(A1 W2 + b2)} and the mean BCE over N samples:
     * <pre>
     * dZ2 = (ŷ − y) / N                 (BCE after a sigmoid)
     * dW2 = A1ᵀ · dZ2                   db2 = Σ_samples dZ2
     * dZ1 = (dZ2 · W2ᵀ) ⊙ A1 ⊙ (1 − A1)  (sigmoid'(z) = σ(z)(1 − σ(z)))
     * dW1 = Xᵀ · dZ1                    db1 = Σ_samples dZ1
     * </pre>
     * Every gradient has its parameter's shape: W1 [2, 10], b1 [1, 10], W2 [10, 1], b2 [1, 1].
     *
     * @param network the network (its parameters need not require gradients)
     * @param inputs X, [N, 2]
     * @param targets y, [N, 1]
     * @return dW1, db1, dW2, db2
     */
    @Solution("L4.8")
    public static NDList backwardByHand(ShallowNetwork network, NDArray inputs, NDArray targets) {
        long n = inputs.getShape().get(0);
        NDArray a1 = network.hidden(inputs);
        NDArray predictions = Activation.sigmoid(a1.matMul(network.w2()).add(network.b2()));
        NDArray dz2 = predictions.sub(targets).div(n);
        NDArray dw2 = a1.transpose().matMul(dz2);
        NDArray db2 = dz2.sum(new int[] {0}, true);
        NDArray dz1 = dz2.matMul(network.w2().transpose()).mul(a1).mul(a1.neg().add(1));
        NDArray dw1 = inputs.transpose().matMul(dz1);
        NDArray db1 = dz1.sum(new int[] {0}, true);
        return new NDList(dw1, db1, dw2, db2);
    }
}
