// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab6;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import nnlab.lab5.Batch;
import nnlab.lab5.StepResult;
import nnlab.lab5.TrainingLog;
import nnlab.course.NotImplementedYet;

/**
 * Seed 001's first training loop (In [51] and the loop after it), for a continuous target: a regression network,
 * mean squared error, SGD with lr 0.001. Lab 5's {@code ToyTraining} explains DJL's gradients and updates.
 */
public final class Regression {

    private Regression() {
    }

    /**
     * L6.1 — {@code nn.Sequential(nn.Linear(4, 2), nn.Linear(2, 1))}: two Linear layers and no activation (the
     * output is a number, not a class), as a {@link SequentialBlock}.
     */
    public static SequentialBlock model() {
        throw new NotImplementedYet("L6.1");
    }

    /**
     * L6.2 — one step of the notebook's loop:
     * <pre>
     * optimizer.zero_grad()                every p.grad = 0
     * pred = model(feature)                [B, 1]
     * loss = criterion(pred, target)       nn.MSELoss(): mean over the batch of (pred − target)², shapes [B, 1]
     * loss.backward(); optimizer.step()    p = p − lr · p.grad
     * </pre>
     *
     * @param batch the batch's features [B, 4] and targets [B, 1]
     * @return the predictions and the loss, computed before the update
     */
    public static StepResult trainStep(Block model, Batch batch, float learningRate) {
        throw new NotImplementedYet("L6.2");
    }

    /**
     * L6.3 — the loop: {@code numEpochs} passes over the loader, {@link #trainStep} per batch,
     * {@code log.batchDone(...)} after each; returns every epoch's mean batch loss, as a Python loop computes it
     * ({@code running += loss.item()} then {@code running / len(dataloader)}, in double precision).
     *
     * @return the mean loss of every epoch
     */
    public static List<Double> train(Block model, Iterable<Batch> loader, int numEpochs, float learningRate,
            TrainingLog log) {
                throw new NotImplementedYet("L6.3");
            }
}
