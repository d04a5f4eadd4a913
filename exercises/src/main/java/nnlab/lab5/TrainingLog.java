// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab5;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Where a training loop reports each batch once its step is done: the notebooks print the loss there. The grader
 * passes its own log to look at the model after every step.
 */
@FunctionalInterface
public interface TrainingLog {

    /** A log that records nothing. */
    TrainingLog NONE = (epoch, batchIndex, batch, result) -> { };

    /**
     * Called once per batch, after the optimiser's step.
     *
     * @param epoch the epoch, from 0
     * @param batchIndex the batch within the epoch, from 0
     * @param batch the batch the step trained on
     * @param result the step's outputs and loss
     */
    void batchDone(int epoch, int batchIndex, Batch batch, StepResult result);

    /**
     * Prints every batch as seed 000 does: {@code Epoch: 001/003| Batch 001/003| Train Loss: 0.75}.
     *
     * @param out where to print
     * @param numEpochs the number of epochs
     * @param numBatches the number of batches per epoch, {@code len(train_loader)}
     */
    static TrainingLog printing(PrintStream out, int numEpochs, int numBatches) {
        return (epoch, batchIndex, batch, result) -> out.println(String.format(Locale.ROOT,
                "Epoch: %03d/%03d| Batch %03d/%03d| Train Loss: %.2f", epoch + 1, numEpochs, batchIndex + 1,
                numBatches, result.loss().getFloat()));
    }
}
