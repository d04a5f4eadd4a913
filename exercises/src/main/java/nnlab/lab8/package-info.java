// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
/**
 * Lab 8 — seed 003's MNIST network written by hand with raw tensors: 784 → 100 → 50 → 10, normal(0, 0.1) weights,
 * zero biases, sigmoid, softmax, the loss {@code -(onehot * log softmax).mean()}, manual SGD with gradient reset,
 * on the GPU when DJL sees one and on the CPU otherwise. Data: {@link nnlab.data.MnistSource}.
 */
package nnlab.lab8;
