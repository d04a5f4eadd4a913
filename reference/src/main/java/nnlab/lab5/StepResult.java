package nnlab.lab5;

import ai.djl.ndarray.NDArray;

/**
 * What one training step computed, before its update: the model's outputs on the batch and the loss.
 *
 * @param outputs the logits (lab 5) or predictions (lab 6), shape [batch, outputs]
 * @param loss the batch's mean loss, a 0-d float32 tensor
 */
public record StepResult(NDArray outputs, NDArray loss) {
}
