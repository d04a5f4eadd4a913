// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab7;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.GradientCollector;
import nnlab.course.NotImplementedYet;

/**
 * Lab 7, steps 4 and 5 — the notebook's {@code train()} with {@code torch.optim.Adam}: on the whole data set
 * (In [9]), then on shuffled mini-batches (In [12]) with an optional L1 term (In [15]).
 */
public final class AdamTraining {

    private AdamTraining() {
    }

    /**
     * L7.4 — full-batch Adam (In [9]); per iteration:
     * <pre>
     * loss = BCE(network.forward(X), y)          recorded before the step
     * collector.backward(loss)
     * optimizer.step()                            {@link Adam#step}
     * optimizer.zero_grad()                       {@link Adam#zeroGrad}
     * </pre>
     * Use {@link Adam} (DJL's {@code Optimizer.adam()} computes another update: see there).
     *
     * @param network a trainable network, updated in place
     * @param inputs X, [N, 2], float64
     * @param targets y as float64, [N, 1]
     * @param settings lr, betas, eps (In [10]: lr 1, betas 0.9 and 0.999, eps 1e-8)
     * @param iterations the number of steps
     * @return the loss of every iteration
     */
    public static double[] fullBatch(ShallowNetwork network, NDArray inputs, NDArray targets, AdamSettings settings,
            int iterations) {
                throw new NotImplementedYet("L7.4");
            }

    /**
     * L7.5 — mini-batch Adam (In [12]), with the L1 term of In [15] when {@code l1Lambda} is not 0. For each epoch,
     * the batches of {@link MiniBatches#split} in that epoch's {@code order}, and per batch:
     * <pre>
     * total = BCE(network.forward(X_b), y_b) + l1Penalty(parameters, λ)    (the term only when λ ≠ 0)
     * collector.backward(total);  optimizer.step();  optimizer.zero_grad()
     * </pre>
     * One Adam optimizer for the whole run (its moments carry over from batch to batch and epoch to epoch).
     *
     * @param network a trainable network, updated in place
     * @param inputs X, [N, 2], float64
     * @param targets y as float64, [N, 1]
     * @param order the epochs' sample orders
     * @param epochs the number of passes over the data (N_max)
     * @param batchSize the batch size (32 in In [13])
     * @param settings Adam's lr, betas and eps
     * @param l1Lambda λ of {@link Regularization#l1Penalty}, 0 for none
     * @return every batch's total loss ({@code total_loss.item()}), in training order
     */
    public static double[] miniBatches(ShallowNetwork network, NDArray inputs, NDArray targets, EpochOrder order,
            int epochs, int batchSize, AdamSettings settings, double l1Lambda) {
                throw new NotImplementedYet("L7.5");
            }
}
