package nnlab.lab5;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.assertions.FailureMessages;
import org.opentest4j.AssertionFailedError;

/**
 * The grader's own data set and loaders, built from a fixture, so that a step is graded without the student's
 * other steps: a data set over the fixture's tensors, and a loader that yields the batches PyTorch's loader
 * yielded, epoch by epoch.
 */
public final class FixtureData implements Dataset {

    private final NDArray features;
    private final NDArray labels;
    private final double[][] rows;

    FixtureData(NDArray features, NDArray labels) {
        this.features = features;
        this.labels = labels;
        long n = features.getShape().get(0);
        rows = new double[(int) n][];
        NDArray both = features.toType(ai.djl.ndarray.types.DataType.FLOAT64, false)
                .concat(labels.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).reshape(n, -1), 1);
        double[] flat = both.toDoubleArray();
        int width = (int) (flat.length / n);
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
    }

    /** The data set of a case's {@code featuresKey} and {@code labelsKey} inputs. */
    public static FixtureData of(FixtureCase c, String featuresKey, String labelsKey, NDManager manager) {
        return new FixtureData(c.input(featuresKey).toNDArray(manager), c.input(labelsKey).toNDArray(manager));
    }

    @Override
    public Example get(int index) {
        return new Example(features.get(index), labels.get(index));
    }

    @Override
    public int size() {
        return Math.toIntExact(features.getShape().get(0));
    }

    /** Which samples a batch holds, by matching its rows (features and label) with the data set's. */
    public long[] samplesOf(Batch batch) {
        long n = batch.features().getShape().get(0);
        NDArray both = batch.features().toType(ai.djl.ndarray.types.DataType.FLOAT64, false)
                .concat(batch.labels().toType(ai.djl.ndarray.types.DataType.FLOAT64, false).reshape(n, -1), 1);
        double[] flat = both.toDoubleArray();
        int width = (int) (flat.length / Math.max(n, 1));
        long[] out = new long[(int) n];
        for (int r = 0; r < n; r++) {
            double[] row = Arrays.copyOfRange(flat, r * width, (r + 1) * width);
            out[r] = -1;
            for (int i = 0; i < rows.length; i++) {
                if (Arrays.equals(rows[i], row)) {
                    out[r] = i;
                    break;
                }
            }
            if (out[r] < 0) {
                throw new AssertionFailedError(FailureMessages.unknownSample(r));
            }
        }
        return out;
    }

    /** A batch of the given samples, stacked as PyTorch's collate does. */
    public Batch batch(long[] samples) {
        NDList f = new NDList();
        NDList l = new NDList();
        for (long s : samples) {
            Example e = get((int) s);
            f.add(e.features());
            l.add(e.label());
        }
        return new Batch(NDArrays.stack(f), NDArrays.stack(l));
    }

    /**
     * A loader that yields, on its k-th pass, the batches of PyTorch's k-th epoch (the case's
     * {@code samples.epochK}, cut into batches of {@code batchSize}).
     */
    public Iterable<Batch> replay(FixtureCase c, int epochs, int batchSize) {
        List<List<Batch>> perEpoch = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            long[] order = c.input("samples.epoch" + e).longValues();
            List<Batch> batches = new ArrayList<>();
            for (int start = 0; start < order.length; start += batchSize) {
                batches.add(batch(Arrays.copyOfRange(order, start, Math.min(order.length, start + batchSize))));
            }
            perEpoch.add(batches);
        }
        return new Iterable<>() {
            private int pass;

            @Override
            public Iterator<Batch> iterator() {
                if (pass >= perEpoch.size()) {
                    throw new AssertionFailedError(FailureMessages.tooManyEpochs(epochs));
                }
                return perEpoch.get(pass++).iterator();
            }
        };
    }
}
