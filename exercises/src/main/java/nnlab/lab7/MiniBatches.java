// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab7;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlab.course.NotImplementedYet;

/**
 * Lab 7, step 5 — what the notebook's {@code DataLoader(TensorDataset(inputs, outputs), batch_size, shuffle=True)}
 * hands the loop in one epoch (In [12]): the samples in the epoch's order, cut into batches.
 */
public final class MiniBatches {

    private MiniBatches() {
    }

    /**
     * L7.5 — the batches of one epoch: the samples {@code order[0..batchSize)}, then {@code order[batchSize..
     * 2·batchSize)}, …; without drop_last the last batch keeps what is left (1000 samples in batches of 32 make 31
     * batches of 32 and one of 8). Each batch is {@code new NDList(inputs[idx], targets[idx])}
     * ({@code inputs.get(manager.create(idx))} picks rows).
     *
     * @param inputs X, [N, 2]
     * @param targets y, [N, 1]
     * @param order a permutation of 0..N−1
     * @param batchSize the batch size
     * @return the batches in order, each [inputs, targets]
     */
    public static List<NDList> split(NDArray inputs, NDArray targets, long[] order, int batchSize) {
        throw new NotImplementedYet("L7.5");
    }
}
