// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab5;

import ai.djl.ndarray.NDArray;

/**
 * One batch from a data loader: the samples' features and labels stacked along a new first dimension, as
 * PyTorch's default collate does.
 *
 * @param features shape [batch, features...], such as [2, 2] for the toy set
 * @param labels shape [batch] of int64 class indices (lab 5), or [batch, 1] of float32 targets (lab 6)
 */
public record Batch(NDArray features, NDArray labels) {

    /** The number of samples in the batch. */
    public long size() {
        return features.getShape().get(0);
    }
}
