/**
 * Lab 8 — seed 003's MNIST network written by hand with raw tensors: 784 → 100 → 50 → 10, normal(0, 0.1) weights,
 * zero biases, sigmoid, softmax, the loss {@code -(onehot * log softmax).mean()}, manual SGD with gradient reset,
 * on the GPU when DJL sees one and on the CPU otherwise. Data: {@link nnlab.data.MnistSource}.
 * <p>A DJL trap: inside a {@code GradientCollector}, never give {@code mul}, {@code div}, {@code pow} or
 * {@code maximum} a Java number. DJL frees the tensor it makes of the number before backward reads it, so a garbage
 * collection in between corrupts the gradient now and then. Write {@code 1 / d} as {@code d.onesLike().div(d)},
 * clamp with {@code clip}, and make constants with {@code manager.create(value)} (README, "A DJL trap").
 */
package nnlab.lab8;
