// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab5;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import nnlab.course.NotImplementedYet;

/**
 * The notebooks' training loop (000 In [14], 004 In [3]) with DJL: one SGD step per batch, several epochs.
 *
 * <p>DJL on PyTorch keeps each parameter's gradient as PyTorch does, in the parameter's {@code .grad}, and
 * {@code backward} ADDS to it: like {@code optimizer.zero_grad()}, a step must reset it first. The pieces:
 * <ul>
 *   <li>the parameters: {@code model.getParameters().values()}, each one's tensor {@code p.getArray()} and its
 *       gradient {@code p.getArray().getGradient()} (a view of {@code .grad}: changing it in place changes the
 *       gradient; {@code g.subi(g)} zeroes it);</li>
 *   <li>the forward pass: {@code model.forward(new ParameterStore(manager, false), new NDList(features), true)
 *       .singletonOrThrow()}, inside {@code try (GradientCollector collector =
 *       Engine.getInstance().newGradientCollector())} so that autograd records it, then
 *       {@code collector.backward(loss)};</li>
 *   <li>the update, outside the collector: {@code w.subi(grad.mul(lr))}, in place.</li>
 * </ul>
 */
public final class ToyTraining {

    private ToyTraining() {
    }

    /**
     * L5.6 — one training step on one batch, as the notebooks' loop body:
     * <pre>
     * optimizer.zero_grad()                            every p.grad = 0
     * logits = model(features)                         forward, in training mode, recording gradients
     * loss = F.cross_entropy(logits, labels)           mean over the batch of log Σ_c exp(z_c) − z_label
     * loss.backward()                                  p.grad += ∂loss/∂p
     * optimizer.step()                                 p = p − lr · p.grad   (SGD, no momentum)
     * </pre>
     *
     * @param model the MLP, initialised
     * @param batch the batch's features [B, F] and int64 labels [B]
     * @param learningRate the SGD learning rate (000: 0.5, 004: 1)
     * @return the logits and the loss, computed before the update
     */
    public static StepResult trainStep(Block model, Batch batch, float learningRate) {
        throw new NotImplementedYet("L5.6");
    }

    /**
     * L5.7 — the training loop: {@code numEpochs} passes over the loader (each {@code for (Batch b : loader)} is
     * one epoch, reshuffled), one {@link #trainStep} per batch, and after every step {@code log.batchDone(epoch,
     * batchIndex, batch, result)}, as the notebooks print each loss.
     *
     * @param model the MLP, initialised
     * @param loader the batches; iterated once per epoch
     * @param numEpochs the number of epochs (3 in both notebooks)
     * @param learningRate the SGD learning rate
     * @param log told about every batch
     * @return every batch's loss, in training order
     */
    public static List<Float> train(Block model, Iterable<Batch> loader, int numEpochs, float learningRate,
            TrainingLog log) {
                throw new NotImplementedYet("L5.7");
            }
}
