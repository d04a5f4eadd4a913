package nnlab.lab5;

import ai.djl.ndarray.NDArray;
import nnlab.course.Solution;

/**
 * L5.1 — the notebooks' {@code ToyDataset} (000 In [12], 004 In [2]): a data set over a features tensor and a
 * labels tensor of the same length.
 * <pre>
 * def __getitem__(self, index): return self.features[index], self.labels[index]
 * def __len__(self):            return self.labels.shape[0]
 * </pre>
 */
public final class ToyDataset implements Dataset {

    private final NDArray features;
    private final NDArray labels;

    /**
     * @param features shape [N, F], float32
     * @param labels shape [N], int64
     */
    public ToyDataset(NDArray features, NDArray labels) {
        this.features = features;
        this.labels = labels;
    }

    /**
     * L5.1 — {@code (features[index], labels[index])}: a features row of shape [F] and a 0-d label (the tensors'
     * own dtypes). {@code NDArray.get(long...)} indexes the first dimension.
     */
    @Override
    @Solution("L5.1")
    public Example get(int index) {
        return new Example(features.get(index), labels.get(index));
    }

    /**
     * L5.1 — the number of samples, {@code labels.shape[0]} (not {@code labels.size()}, which counts elements: the
     * same here, but not for the features).
     */
    @Override
    @Solution("L5.1")
    public int size() {
        return Math.toIntExact(labels.getShape().get(0));
    }
}
