// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab5;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import nnlab.course.NotImplementedYet;

/**
 * Using the trained model (000 In [15] to In [19], 004 In [4] to In [7]): logits, probabilities, predicted
 * classes and accuracy.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /**
     * L5.8 — {@code model.eval(); with torch.no_grad(): outputs = model(features)}: the forward pass in inference
     * mode ({@code training = false}). 000 prints {@code [[2.9320, -4.2563], ...]} for the training set.
     *
     * @return the logits, shape [N, classes]
     */
    public static NDArray predict(Block model, NDArray features) {
        throw new NotImplementedYet("L5.8");
    }

    /**
     * L5.8 — {@code torch.softmax(outputs, dim=1)}: every row turned into probabilities,
     * {@code exp(z_c) / Σ_k exp(z_k)} (000 prints {@code [[0.9992, 0.0008], ...]}).
     */
    public static NDArray probabilities(NDArray logits) {
        throw new NotImplementedYet("L5.8");
    }

    /** L5.8 — {@code torch.argmax(probas, dim=1)}: the most probable class of every row, int64. */
    public static NDArray predictions(NDArray probabilities) {
        throw new NotImplementedYet("L5.8");
    }

    /**
     * L5.8 — the fraction of samples whose predicted class is their label, {@code num_correct.item() / len(y)}
     * (004 In [7]: 1.0 on the test set).
     */
    public static double accuracy(Block model, NDArray features, NDArray labels) {
        throw new NotImplementedYet("L5.8");
    }
}
