package nnlab.lab7;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import nnlab.course.Solution;

/**
 * Lab 7, step 8 — In [19]'s final class: the same network with {@code nn.Linear(2, 10)} and {@code nn.Linear(10, 1)}
 * in float64, trained with Adam on shuffled mini-batches with an L1 term. DJL's {@link Linear} keeps PyTorch's
 * layout (weight [out, in], bias [out]) and computes {@code x @ W.T + b}.
 */
public final class LinearNetwork {

    private LinearNetwork() {
    }

    /**
     * L7.8 — the model of In [19]'s {@code forward}: {@code sigmoid(linear2(sigmoid(linear1(x))))}, as a
     * SequentialBlock of Linear(10 units), sigmoid, Linear(1 unit), sigmoid ({@code Linear.builder().setUnits(n)},
     * {@code Activation.sigmoidBlock()}).
     *
     * @return the block, not initialised yet (see {@link #initialize})
     */
    @Solution("L7.8")
    public static SequentialBlock create() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(10).build())
                .add(Activation.sigmoidBlock())
                .add(Linear.builder().setUnits(1).build())
                .add(Activation.sigmoidBlock());
    }

    /** Initialises the block's parameters in float64 for inputs of 2 features ({@code dtype=torch.double}). */
    public static void initialize(Block block, NDManager manager) {
        block.initialize(manager, DataType.FLOAT64, new Shape(1, 2));
    }

    /** The block's parameters' arrays, in the order of {@code block.getParameters()} (weight, bias per layer). */
    public static NDList parameters(Block block) {
        NDList out = new NDList();
        for (Parameter p : block.getParameters().values()) {
            out.add(p.getArray());
        }
        return out;
    }

    /** The block's predictions, [N, 1], computed with the parameters as they are (training mode off). */
    public static NDArray predict(Block block, NDArray inputs) {
        return block.forward(new ParameterStore(inputs.getManager(), false), new NDList(inputs), false)
                .singletonOrThrow();
    }

    /**
     * L7.8 — In [19]'s {@code train()} with the L1 term done right: for each epoch, the batches of
     * {@link MiniBatches#split} in that epoch's order, and per batch
     * <pre>
     * total = BCE(block(X_b), y_b) + l1Penalty(parameters, λ)     a tensor, so its gradient flows (not .item())
     * collector.backward(total);  optimizer.step();  optimizer.zero_grad()
     * </pre>
     * with one {@link Adam} over {@link #parameters}(block) for the whole run. Run the block with
     * {@code block.forward(new ParameterStore(manager, false), new NDList(x), true)} inside the collector.
     *
     * @param block the initialised model, trained in place
     * @param inputs X, [N, 2], float64
     * @param targets y as float64, [N, 1]
     * @param order the epochs' sample orders
     * @param epochs the number of passes (N_max)
     * @param batchSize the batch size (128 in In [20])
     * @param settings Adam's lr, betas and eps
     * @param l1Lambda λ (1e-5 in In [20]), 0 for none
     * @return every batch's total loss, in training order
     */
    @Solution("L7.8")
    public static double[] train(Block block, NDArray inputs, NDArray targets, EpochOrder order, int epochs,
            int batchSize, AdamSettings settings, double l1Lambda) {
        NDList parameters = parameters(block);
        Adam optimizer = new Adam(parameters, settings);
        ParameterStore store = new ParameterStore(inputs.getManager(), false);
        int batchesPerEpoch = (int) ((inputs.getShape().get(0) + batchSize - 1) / batchSize);
        double[] losses = new double[epochs * batchesPerEpoch];
        int step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (NDList batch : MiniBatches.split(inputs, targets, order.order(epoch), batchSize)) {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray predictions = block.forward(store, new NDList(batch.get(0)), true).singletonOrThrow();
                    NDArray total = BinaryMetrics.binaryCrossEntropy(predictions, batch.get(1));
                    if (l1Lambda != 0) {
                        total = total.add(Regularization.l1Penalty(parameters, l1Lambda));
                    }
                    losses[step++] = total.getDouble();
                    collector.backward(total);
                }
                optimizer.step();
                optimizer.zeroGrad();
                batch.close();
            }
        }
        return losses;
    }
}
