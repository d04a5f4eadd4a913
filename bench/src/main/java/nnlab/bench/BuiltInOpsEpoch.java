package nnlab.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.internal.NDArrayEx;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import nnlab.lab8.MnistParameters;

/**
 * The lab 8 epoch with DJL's built-in operations instead of the hand-written ones: {@code linear} (x·Wᵀ + b in
 * one operation), {@code sigmoid} and {@code logSoftmax}; the same loss value, batches and update. Not lab code:
 * the Java counterpart of PyTorch's {@code nn.Sequential} row in {@code bench/compare.sh}, a yardstick for what
 * writing the network by hand costs.
 */
public final class BuiltInOpsEpoch {

    private BuiltInOpsEpoch() {
    }

    /** One epoch, as {@code MnistTraining.trainEpoch} but with fused operations; returns the mean loss. */
    // The NDScopes are held for what they close at the end of their block, never referenced in it.
    @SuppressWarnings("try")
    public static float trainEpoch(MnistParameters p, NDArray features, NDArray oneHotLabels, NDArray order,
            int batchSize, float lr) {
        int batches = (int) (order.size() / batchSize);
        try (NDScope epoch = new NDScope()) {
            NDList batchIndices = order.get(new NDIndex("0:{}", (long) batches * batchSize)).split(batches);
            NDArray lossSum = features.getManager().zeros(new Shape(), DataType.FLOAT32);
            NDArray rate = features.getManager().create(lr);
            for (int b = 0; b < batches; b++) {
                try (NDScope step = new NDScope()) {
                    NDArray index = batchIndices.get(b);
                    NDArray x = features.get(index);
                    NDArray y = oneHotLabels.get(index);
                    NDArray loss;
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray h1 = layer(x, p.w1(), p.b1()).getNDArrayInternal().sigmoid();
                        NDArray h2 = layer(h1, p.w2(), p.b2()).getNDArrayInternal().sigmoid();
                        loss = y.mul(layer(h2, p.w3(), p.b3()).logSoftmax(1)).mean().neg();
                        collector.backward(loss);
                    }
                    lossSum.addi(loss);
                    for (NDArray parameter : p.list()) {
                        NDArray gradient = parameter.getGradient();
                        parameter.subi(gradient.muli(rate));
                        gradient.subi(gradient);
                    }
                }
            }
            return lossSum.getFloat() / batches;
        }
    }

    /** x·Wᵀ + b with a bias of shape [1, out], flattened to [out] as the fused operation wants it. */
    private static NDArray layer(NDArray x, NDArray weight, NDArray bias) {
        NDArrayEx ex = x.getNDArrayInternal();
        return ex.linear(x, weight, bias.reshape(-1)).singletonOrThrow();
    }
}
