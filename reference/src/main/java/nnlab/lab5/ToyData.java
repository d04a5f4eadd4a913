package nnlab.lab5;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/** The toy set both notebooks write out (000 In [11], 004 In [2]): 5 training points and 2 test points. */
public final class ToyData {

    private static final float[][] TRAIN_FEATURES = {
        {-1.2f, 3.1f}, {-0.9f, 2.9f}, {-0.5f, 2.6f}, {2.3f, -1.1f}, {2.7f, -1.5f}};
    private static final long[] TRAIN_LABELS = {0, 0, 0, 1, 1};
    private static final float[][] TEST_FEATURES = {{-0.8f, 2.8f}, {2.6f, -1.6f}};
    private static final long[] TEST_LABELS = {0, 1};

    private ToyData() {
    }

    /** {@code X_train}: shape [5, 2], float32. */
    public static NDArray trainFeatures(NDManager manager) {
        return manager.create(TRAIN_FEATURES);
    }

    /** {@code y_train}: shape [5], int64, {@code [0, 0, 0, 1, 1]}. */
    public static NDArray trainLabels(NDManager manager) {
        return manager.create(TRAIN_LABELS);
    }

    /** {@code x_test}: shape [2, 2], float32. */
    public static NDArray testFeatures(NDManager manager) {
        return manager.create(TEST_FEATURES);
    }

    /** {@code y_test}: shape [2], int64, {@code [0, 1]}. */
    public static NDArray testLabels(NDManager manager) {
        return manager.create(TEST_LABELS);
    }
}
