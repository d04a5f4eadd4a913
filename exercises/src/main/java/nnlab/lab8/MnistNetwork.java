// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab8;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import nnlab.course.NotImplementedYet;

/**
 * Lab 8, seed 003 (In [5], In [10], In [17]) — the network written by hand: where it runs, its parameters, its
 * forward pass and its loss. Every tensor lives on the device of the manager or the tensors it is given; nothing
 * here assumes a CPU.
 */
public final class MnistNetwork {

    /** Pixels per image (28 × 28). */
    public static final int FEATURES = 784;
    /** Units of the first hidden layer. */
    public static final int HIDDEN_1 = 100;
    /** Units of the second hidden layer. */
    public static final int HIDDEN_2 = 50;
    /** Classes (digits 0–9). */
    public static final int LABELS = 10;

    private MnistNetwork() {
    }

    /**
     * L8.1 — In [5]'s {@code DEVICE = "cuda:0" if torch.cuda.is_available() else "cpu"}: the first GPU when DJL's
     * engine sees one ({@code Engine.getInstance().getGpuCount() > 0}), else the CPU.
     *
     * @return {@code Device.gpu()} or {@code Device.cpu()}
     */
    public static Device device() {
        throw new NotImplementedYet("L8.1");
    }

    /**
     * L8.2 — In [10]: the weights drawn from a normal distribution with mean 0 and standard deviation 0.1, the
     * biases zeros of shape [1, out], all float32 on {@code device}, and all collecting gradients
     * ({@code requires_grad=True}):
     * <pre>
     * W1 = torch.normal(mean=0, std=0.1, size=(100, 784));  b1 = torch.zeros(1, 100)
     * W2 = torch.normal(mean=0, std=0.1, size=(50, 100));   b2 = torch.zeros(1, 50)
     * W3 = torch.normal(mean=0, std=0.1, size=(10, 50));    b3 = torch.zeros(1, 10)
     * </pre>
     *
     * @param manager owns the new tensors
     * @param device where they live (see {@link #device()})
     * @return the parameters, requiring gradients
     */
    public static MnistParameters initialize(NDManager manager, Device device) {
        throw new NotImplementedYet("L8.2");
    }

    /**
     * L8.3 — step 6 of In [17], the forward pass written by hand: two layers with the sigmoid
     * {@code σ(z) = 1 / (1 + e^(−z))}, then the output layer and the softmax written out:
     * <pre>
     * hidden_1 = σ(features @ W1.T + b1)          [N, 100]
     * hidden_2 = σ(hidden_1 @ W2.T + b2)          [N, 50]
     * logits   = hidden_2 @ W3.T + b3             [N, 10]
     * softmax  = exp(logits) / Σ_c exp(logits_c)  (the sum over dim 1, keeping it)
     * </pre>
     * Write the 1 of {@code 1 / (1 + e^(−z))} as a tensor of ones ({@code onesLike()}), not {@code pow(-1)}: in DJL
     * 0.35.1 an operation with a Java number ({@code pow(-1)}, {@code mul(0.5)}, {@code div(2)}) whose number
     * backward needs later can silently corrupt the gradients, because the engine frees the number's tensor
     * before backward reads it; numbers outside a GradientCollector are safe. DJL's {@code Activation.sigmoid} is
     * the same σ in one operation.
     *
     * @param parameters W1 … b3
     * @param features the images, float32 [N, 784] in [0, 1]
     * @return the probabilities per class, float32 [N, 10]; each row sums to 1
     */
    public static NDArray forward(MnistParameters parameters, NDArray features) {
        throw new NotImplementedYet("L8.3");
    }

    /**
     * L8.4 — step 7 of In [17], the cross-entropy written by hand:
     * <pre>loss = −(one_hot_labels * log(softmax)).mean()</pre>
     * The mean runs over the batch AND the classes, so this is the library's cross-entropy divided by 10.
     *
     * @param probabilities the softmax output, [N, 10]
     * @param oneHotLabels one-hot rows, float32 [N, 10]
     * @return the loss, a 0-d tensor
     */
    public static NDArray loss(NDArray probabilities, NDArray oneHotLabels) {
        throw new NotImplementedYet("L8.4");
    }
}
