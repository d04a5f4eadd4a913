package nnlab.lab2;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import nnlab.course.Solution;

/**
 * Lab 2 — the forward passes of seed 001 ("Pass forward", cells In [7] to In [9]), with DJL's blocks.
 *
 * <p>{@code nn.Linear(in, out)} is {@code Linear.builder().setUnits(out).build()} in DJL: the number of inputs
 * follows from the data at {@code initialize}. DJL keeps a Linear layer's parameters in PyTorch's layout: the
 * {@code "weight"} has shape [out_features, in_features] and the {@code "bias"} [out_features], and the layer
 * computes {@code x @ W.T + b}. The graded tests rely on that: they set PyTorch's weights and biases into the
 * Linear layers of the model you build, in order, so any valid construction gives PyTorch's outputs.
 * {@code nn.Sequential(...)} is a {@link SequentialBlock}; an activation is a block of its own
 * ({@code Activation.sigmoidBlock()}, or {@code addSingleton(x -> ...)} for any NDArray function).
 */
public final class ForwardPasses {

    private ForwardPasses() {
    }

    /**
     * L2.1 — one Linear layer written out, as {@code nn.Linear} computes it:
     * <pre>y = x @ Wᵀ + b</pre>
     * with PyTorch's layout: W is [out_features, in_features], b is [out_features] and is added to every row.
     *
     * @param x the inputs, [samples, in_features]
     * @param weight W, [out_features, in_features]
     * @param bias b, [out_features]
     * @return the outputs, [samples, out_features]
     */
    @Solution("L2.1")
    public static NDArray linear(NDArray x, NDArray weight, NDArray bias) {
        return x.matMul(weight.transpose()).add(bias);
    }

    /**
     * L2.2 — the binary classifier of seed 001, In [7]:
     * {@code nn.Sequential(nn.Linear(8, 1), nn.Sigmoid())}: one output per sample, the probability of class 1,
     * {@code sigmoid(z) = 1 / (1 + e^−z)}, in (0, 1).
     *
     * @return the model, not initialised (the caller initialises it with input shape [samples, 8])
     */
    @Solution("L2.2")
    public static Block binaryClassifier() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(1).build())
                .add(Activation.sigmoidBlock());
    }

    /**
     * L2.3 — the regression stack of seed 001, In [8]: {@code nn.Sequential(nn.Linear(11, 20), nn.Linear(20, 12),
     * nn.Linear(12, 6), nn.Linear(6, 1))}: four Linear layers and no activation, one real-valued output per
     * sample.
     *
     * @return the model, not initialised (the caller initialises it with input shape [samples, 11])
     */
    @Solution("L2.3")
    public static Block regressionStack() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(20).build())
                .add(Linear.builder().setUnits(12).build())
                .add(Linear.builder().setUnits(6).build())
                .add(Linear.builder().setUnits(1).build());
    }

    /**
     * L2.4 — the 4-class classifier of seed 001, In [9]: the regression stack with a last layer of 4 outputs,
     * then {@code nn.Softmax(dim=-1)}:
     * <pre>softmax(z)_c = e^(z_c) / Σ_k e^(z_k)   over the last dimension (the classes)</pre>
     * so every row is a probability distribution over the 4 classes and sums to 1.
     *
     * @return the model, not initialised (the caller initialises it with input shape [samples, 11])
     */
    @Solution("L2.4")
    public static Block multiClassClassifier() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(20).build())
                .add(Linear.builder().setUnits(12).build())
                .add(Linear.builder().setUnits(6).build())
                .add(Linear.builder().setUnits(4).build())
                .addSingleton(z -> z.softmax(-1));
    }
}
