package nnlab.lab8;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;
import ai.djl.training.GradientCollector;
import nnlab.course.Solution;

/**
 * Lab 8, seed 003 (In [17] and In [24]) — training the hand-written network with manual SGD, and its accuracy.
 *
 * <p>In DJL, operations are recorded for backward only inside a {@link GradientCollector}; outside it an in-place
 * update is PyTorch's update under {@code torch.inference_mode()}. Every operation makes a new tensor; those of one
 * SGD step are closed together at the end of the step by an {@link NDScope}, so that an epoch keeps no garbage.
 */
public final class MnistTraining {

    private MnistTraining() {
    }

    /**
     * L8.5 — steps 6 to 8 of In [17]: the forward pass, the loss, and {@code loss.backward()}, which leaves
     * ∂loss/∂W in every parameter's gradient ({@code W.getGradient()}, PyTorch's {@code W.grad}).
     *
     * @param parameters W1 … b3, requiring gradients, their gradients zero
     * @param features a batch of images, [N, 784]
     * @param oneHotLabels its labels one-hot, [N, 10]
     * @return the loss, a 0-d tensor
     */
    @Solution("L8.5")
    public static NDArray lossAndGradients(MnistParameters parameters, NDArray features, NDArray oneHotLabels) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray loss = MnistNetwork.loss(MnistNetwork.forward(parameters, features), oneHotLabels);
            collector.backward(loss);
            return loss;
        }
    }

    /**
     * L8.6 — one whole step of In [17]: {@link #lossAndGradients}, then gradient descent and the reset of every
     * gradient, in place:
     * <pre>
     * W ← W − lr · W.grad     (for W1, b1, W2, b2, W3, b3)
     * W.grad ← 0              (or the next backward adds to it)
     * </pre>
     *
     * @param parameters W1 … b3, requiring gradients
     * @param features a batch of images, [N, 784]
     * @param oneHotLabels its labels one-hot, [N, 10]
     * @param lr the learning rate (0.1 in the notebook)
     * @return the loss before the update, a 0-d tensor
     */
    @Solution("L8.6")
    public static NDArray sgdStep(MnistParameters parameters, NDArray features, NDArray oneHotLabels, float lr) {
        NDArray loss = lossAndGradients(parameters, features, oneHotLabels);
        try (NDArray rate = loss.getManager().create(lr)) { // one tensor for lr, not one per multiplication
            for (NDArray parameter : parameters.list()) {
                try (NDArray gradient = parameter.getGradient()) {
                    parameter.subi(gradient.muli(rate)); // scaled in place: the gradient is reset next anyway
                    gradient.subi(gradient);             // W.grad.zero_()
                }
            }
        }
        return loss;
    }

    /**
     * The rows of {@code data} at {@code index}, what {@code data.get(index)} gives: DJL's embedding lookup is
     * PyTorch's {@code index_select} on rows, about twice as fast here as the general indexing {@code get} uses.
     */
    public static NDArray rows(NDArray data, NDArray index) {
        return Embedding.embedding(index, data, SparseFormat.DENSE).singletonOrThrow();
    }

    /**
     * L8.7 — one epoch of In [17]: the batches of {@code batchSize} images in the given order, the last incomplete
     * batch dropped ({@code drop_last=True}), one {@link #sgdStep} each; returns the mean of the batch losses, as
     * the notebook prints {@code loss_sum / batch_nums}.
     *
     * <p>The order is split once into one index tensor per batch; a step gathers its 32 rows
     * ({@code features[index]}) and closes everything it made at its end (an {@link NDScope}); the losses are
     * summed on the device, so the step never waits to copy a number back.
     *
     * @param parameters W1 … b3, requiring gradients
     * @param features all training images, [n, 784], on the parameters' device
     * @param oneHotLabels their labels one-hot, [n, 10]
     * @param order a permutation of 0 … n−1, int64 [n] (the DataLoader's shuffle)
     * @param batchSize images per batch (32)
     * @param lr the learning rate (0.1)
     * @return the mean loss over the epoch's batches
     */
    @Solution("L8.7")
    public static float trainEpoch(MnistParameters parameters, NDArray features, NDArray oneHotLabels, NDArray order,
            int batchSize, float lr) {
        int batches = (int) (order.size() / batchSize);
        try (NDScope epoch = new NDScope()) {
            NDList batchIndices = order.get(new NDIndex("0:{}", (long) batches * batchSize)).split(batches);
            NDArray lossSum = features.getManager().zeros(new Shape(), DataType.FLOAT32);
            for (int b = 0; b < batches; b++) {
                try (NDScope step = new NDScope()) {
                    NDArray index = batchIndices.get(b);
                    lossSum.addi(sgdStep(parameters, rows(features, index), rows(oneHotLabels, index), lr));
                }
            }
            return lossSum.getFloat() / batches;
        }
    }

    /**
     * L8.8 — In [24]: the share of images whose predicted class, the argmax over dim 1, is their label. The
     * argmax of the probabilities is that of the logits (softmax keeps the order).
     *
     * @param parameters a trained model
     * @param features images, [n, 784]
     * @param labels their classes, int64 [n]
     * @return correct predictions / n, between 0 and 1
     */
    @Solution("L8.8")
    public static double accuracy(MnistParameters parameters, NDArray features, NDArray labels) {
        try (NDScope scope = new NDScope()) {
            NDArray predictions = MnistNetwork.forward(parameters, features).argMax(1);
            return predictions.eq(labels).sum().getLong() / (double) labels.size();
        }
    }

    /**
     * L8.9 — In [17]'s whole loop: {@code epochs} times a fresh random order of the images
     * ({@code DataLoader(shuffle=True)}, here {@code randomPermutation} of the engine's seeded RNG) and
     * {@link #trainEpoch}.
     *
     * @param parameters W1 … b3, requiring gradients; trained in place
     * @param features all training images, [n, 784]
     * @param oneHotLabels their labels one-hot, [n, 10]
     * @param epochs how many passes (10 in the notebook)
     * @param batchSize images per batch (32)
     * @param lr the learning rate (0.1)
     * @return the mean loss of every epoch
     */
    @Solution("L8.9")
    public static float[] train(MnistParameters parameters, NDArray features, NDArray oneHotLabels, int epochs,
            int batchSize, float lr) {
        NDManager manager = features.getManager();
        float[] losses = new float[epochs];
        for (int e = 0; e < epochs; e++) {
            try (NDArray order = manager.randomPermutation(features.getShape().get(0))) {
                losses[e] = trainEpoch(parameters, features, oneHotLabels, order, batchSize, lr);
            }
        }
        return losses;
    }
}
