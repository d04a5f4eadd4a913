// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab7;

import java.util.Arrays;
import java.util.Random;

/**
 * The order in which a shuffling loader visits the samples, epoch by epoch (the notebook's
 * {@code DataLoader(dataset, batch_size, shuffle=True)} draws a new permutation at every pass). Graded runs replay
 * PyTorch's orders ({@link #fixed}); a run of your own can shuffle with {@link #shuffled}.
 */
@FunctionalInterface
public interface EpochOrder {

    /**
     * The permutation of the sample indices for one epoch.
     *
     * @param epoch 0 for the first pass
     */
    long[] order(int epoch);

    /** The orders PyTorch used, one row per epoch; epoch e takes row e. */
    static EpochOrder fixed(long[][] orders) {
        long[][] copy = Arrays.stream(orders).map(long[]::clone).toArray(long[][]::new);
        return epoch -> {
            if (epoch < 0 || epoch >= copy.length) {
                throw new IllegalArgumentException("epoch " + epoch + ": the fixture holds the orders of "
                        + copy.length + " epochs");
            }
            return copy[epoch].clone();
        };
    }

    /** The samples in their stored order every epoch (no shuffle). */
    static EpochOrder sequential(int size) {
        return epoch -> {
            long[] order = new long[size];
            Arrays.setAll(order, i -> i);
            return order;
        };
    }

    /**
     * A seeded shuffle: a Fisher–Yates permutation per epoch from {@code java.util.Random} (not PyTorch's
     * generator: the same seed gives another order than the notebook's).
     */
    static EpochOrder shuffled(long seed, int size) {
        return epoch -> {
            Random random = new Random(seed * 1_000_003L + epoch);
            long[] order = new long[size];
            Arrays.setAll(order, i -> i);
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                long swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            return order;
        };
    }
}
