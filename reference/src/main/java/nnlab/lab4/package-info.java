/**
 * Lab 4 — gradients: backward through seed 001's 16 → 8 → 4 → 2 network, its layer gradients, the manual update
 * {@code w − lr·grad} and an SGD optimizer step; seed 002's plain gradient descent on hand-made float64
 * parameters (update, gradient reset, the loop) and its gradients written out by the chain rule, checked by finite
 * differences.
 * <p>A DJL trap: inside a {@code GradientCollector}, never give {@code mul}, {@code div}, {@code pow} or
 * {@code maximum} a Java number. DJL frees the tensor it makes of the number before backward reads it, so a garbage
 * collection in between corrupts the gradient now and then. Write {@code 1 / d} as {@code d.onesLike().div(d)},
 * clamp with {@code clip}, and make constants with {@code manager.create(value)} (README, "A DJL trap").
 */
package nnlab.lab4;
