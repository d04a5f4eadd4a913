// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab5;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nnlab.course.random.TorchGenerator;
import nnlab.course.NotImplementedYet;

/**
 * A port of {@code torch.utils.data.DataLoader(dataset, batch_size, shuffle, num_workers=0, drop_last)} (000
 * In [13], 004 In [2]) that draws from the generator exactly as PyTorch 1.13 does, so that a seeded Java run visits
 * the samples in the notebook's order. Each {@link #iterator()} is one epoch (a new pass over the data, reshuffled).
 *
 * <p>What PyTorch draws from its global generator per epoch (the {@code generator} here):
 * <ol>
 *   <li>at {@code iter(loader)}: one 64-bit seed, the loader's base seed (meant for worker processes; drawn even
 *       with no workers and even without shuffle): {@code generator.randomInt64()};</li>
 *   <li>with shuffle, at the first {@code next()}: {@code RandomSampler} draws a 64-bit seed for a generator of its
 *       own, and the epoch's order is {@code torch.randperm(n, generator=that one)} ({@link #randomSamplerOrder()}).
 *   </li>
 * </ol>
 * Nothing is drawn when the loader is created.
 */
public final class DataLoader implements Iterable<Batch> {

    private final Dataset dataset;
    private final int batchSize;
    private final boolean shuffle;
    private final boolean dropLast;
    private final TorchGenerator generator;

    /**
     * @param dataset the samples
     * @param batchSize the number of samples per batch
     * @param shuffle whether every epoch visits the samples in a new random order
     * @param dropLast whether to drop the last batch when it has fewer than {@code batchSize} samples
     * @param generator PyTorch's global generator, as {@code torch.manual_seed} left it
     */
    public DataLoader(Dataset dataset, int batchSize, boolean shuffle, boolean dropLast, TorchGenerator generator) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        this.dataset = dataset;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.dropLast = dropLast;
        this.generator = generator;
    }

    /**
     * L5.2 — the number of batches per epoch, {@code len(loader)}: {@code n / batchSize} rounded down with
     * {@code dropLast}, rounded up without.
     */
    public int size() {
        throw new NotImplementedYet("L5.2");
    }

    /**
     * L5.2 — one epoch: draws the base seed ({@code generator.randomInt64()}), takes the order (0, 1, ..., n−1, or
     * {@link #randomSamplerOrder()} with shuffle), and cuts it into batches of {@code batchSize} samples, the last
     * one shorter or, with {@code dropLast}, dropped. A batch stacks its samples' features into [B, F] and their
     * labels into [B] ({@code NDArrays.stack}).
     */
    @Override
    public Iterator<Batch> iterator() {
        throw new NotImplementedYet("L5.2");
    }

    /**
     * L5.3 — the order of one shuffled epoch, as {@code RandomSampler.__iter__} makes it: draw a 64-bit seed from
     * the loader's generator ({@code generator.randomInt64()}), seed a new generator with it
     * ({@code new TorchGenerator(seed)}), and return {@code randperm(n)} of that new generator. The loader calls it
     * once per epoch, after the base seed.
     *
     * @return a permutation of {@code 0..n−1}
     */
    public long[] randomSamplerOrder() {
        throw new NotImplementedYet("L5.3");
    }

    /** The data set the loader draws from. */
    public Dataset dataset() {
        return dataset;
    }
}
