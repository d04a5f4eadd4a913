package nnlab.lab5;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
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

    private final NDManager manager;
    private final Shape featureShape;
    private final Shape labelShape;
    private final DataType featureType;
    private final DataType labelType;
    private final int featureWidth;
    /** Every sample's features then label, flattened, as float64 (exact for the fixtures' float32 and int64). */
    private final double[][] rows;

    FixtureData(NDArray features, NDArray labels) {
        manager = features.getManager();
        featureShape = features.getShape().slice(1);
        labelShape = labels.getShape().slice(1);
        featureType = features.getDataType();
        labelType = labels.getDataType();
        featureWidth = Math.toIntExact(featureShape.size());
        long n = features.getShape().get(0);
        rows = new double[(int) n][];
        NDArray both = features.toType(DataType.FLOAT64, false).reshape(n, -1)
                .concat(labels.toType(DataType.FLOAT64, false).reshape(n, -1), 1);
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

    /**
     * Sample {@code index}, made from the fixture's values (its row), not by indexing a tensor: an indexing data set
     * here would be L5.1's answer in the release.
     */
    @Override
    public Example get(int index) {
        long[] one = {index};
        return new Example(array(one, 0, featureWidth, featureShape, featureType),
                array(one, featureWidth, rows[0].length, labelShape, labelType));
    }

    @Override
    public int size() {
        return rows.length;
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

    /**
     * A batch of the given samples as PyTorch's collate makes it ([B, ...] features and labels), made from the
     * fixture's rows: stacking the data set's examples here would be L5.2's answer in the release.
     */
    public Batch batch(long[] samples) {
        Shape batch = new Shape(samples.length);
        return new Batch(array(samples, 0, featureWidth, batch.addAll(featureShape), featureType),
                array(samples, featureWidth, rows[0].length, batch.addAll(labelShape), labelType));
    }

    /** Columns [from, to) of the given rows, one after the other, as a tensor of that shape and type. */
    private NDArray array(long[] samples, int from, int to, Shape shape, DataType type) {
        double[] values = new double[samples.length * (to - from)];
        for (int i = 0; i < samples.length; i++) {
            System.arraycopy(rows[(int) samples[i]], from, values, i * (to - from), to - from);
        }
        return manager.create(values, shape).toType(type, false);
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
