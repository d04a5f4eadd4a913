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
import nnlab.course.Solution;
import nnlab.lab5.Batch;
import nnlab.lab5.StepResult;
import nnlab.lab5.TrainingLog;

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
    @Solution("L6.1")
    public static SequentialBlock model() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(2).build())
                .add(Linear.builder().setUnits(1).build());
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
    @Solution("L6.2")
    public static StepResult trainStep(Block model, Batch batch, float learningRate) {
        for (Parameter p : model.getParameters().values()) {
            NDArray gradient = p.getArray().getGradient();
            gradient.subi(gradient);
        }
        NDArray predictions;
        NDArray loss;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            ParameterStore store = new ParameterStore(batch.features().getManager(), false);
            predictions = model.forward(store, new NDList(batch.features()), true).singletonOrThrow();
            loss = predictions.sub(batch.labels()).square().mean();
            collector.backward(loss);
        }
        for (Parameter p : model.getParameters().values()) {
            NDArray weight = p.getArray();
            weight.subi(weight.getGradient().mul(learningRate));
        }
        return new StepResult(predictions, loss);
    }

    /**
     * L6.3 — the loop: {@code numEpochs} passes over the loader, {@link #trainStep} per batch,
     * {@code log.batchDone(...)} after each; returns every epoch's mean batch loss, as a Python loop computes it
     * ({@code running += loss.item()} then {@code running / len(dataloader)}, in double precision).
     *
     * @return the mean loss of every epoch
     */
    @Solution("L6.3")
    public static List<Double> train(Block model, Iterable<Batch> loader, int numEpochs, float learningRate,
            TrainingLog log) {
        List<Double> epochLosses = new ArrayList<>();
        for (int epoch = 0; epoch < numEpochs; epoch++) {
            double running = 0;
            int batchIndex = 0;
            for (Batch batch : loader) {
                StepResult result = trainStep(model, batch, learningRate);
                running += result.loss().getFloat();
                log.batchDone(epoch, batchIndex++, batch, result);
            }
            epochLosses.add(running / batchIndex);
        }
        return epochLosses;
    }
}
