package nnlab.lab5;

import ai.djl.ndarray.NDArray;

/**
 * One sample of a data set, as {@code dataset[i]} returns it in PyTorch: {@code (features[i], labels[i])}.
 *
 * @param features the sample's features, such as shape [2] for the toy set
 * @param label its label: a 0-d int64 class index (lab 5), or a target row such as shape [1] (lab 6)
 */
public record Example(NDArray features, NDArray label) {
}
