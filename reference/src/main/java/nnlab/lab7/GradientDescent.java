package nnlab.lab7;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import nnlab.course.Solution;

/**
 * Lab 7, step 3 — In [6]'s {@code train()}: plain gradient descent on the whole data set, with the gradient reset
 * done right. The notebook's reset cell zeroes {@code W2.grad} twice and never {@code b2.grad}, so b2's gradient
 * accumulates from step to step (b2 ends near −14 instead of −5, while the accuracy moves by under 0.01).
 */
public final class GradientDescent {

    private GradientDescent() {
    }

    /**
     * L7.3 — {@code iterations} steps of plain gradient descent; per iteration:
     * <pre>
     * ŷ = network.forward(X)                    inside a GradientCollector, so autograd records it
     * loss = BCE(ŷ, y)                           recorded BEFORE the update (loss_history.append(loss.item()))
     * collector.backward(loss)                   p.grad += ∂loss/∂p
     * p ← p − alpha · p.grad                     outside the collector (PyTorch's torch.no_grad()), in place
     * p.grad ← 0                                 for W1, b1, W2 AND b2
     * </pre>
     * DJL, like PyTorch, adds every backward's gradient to the one stored: zero it in place after the update
     * ({@code NDArray g = p.getGradient(); g.subi(g)}).
     *
     * @param network a {@link ShallowNetwork#trainable trainable} network, updated in place
     * @param inputs X, [N, 2], float64
     * @param targets y as float64, [N, 1]
     * @param alpha the learning rate (5 in In [7])
     * @param iterations the number of steps
     * @return the loss of every iteration, before its update
     */
    @Solution("L7.3")
    public static double[] train(ShallowNetwork network, NDArray inputs, NDArray targets, double alpha,
            int iterations) {
        double[] losses = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray loss = BinaryMetrics.binaryCrossEntropy(network.forward(inputs), targets);
                losses[i] = loss.getDouble();
                collector.backward(loss);
            }
            for (NDArray parameter : network.parameters()) {
                NDArray gradient = parameter.getGradient();
                parameter.subi(gradient.mul(alpha));
                gradient.subi(gradient);
            }
        }
        return losses;
    }
}
