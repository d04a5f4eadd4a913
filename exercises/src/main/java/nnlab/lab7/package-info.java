// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
/**
 * Lab 7 — seed 002's shallow network on its nonlinear data set, built seven times with one more tool each time:
 * hand-made float64 parameters and the forward pass, BCE and binary accuracy, plain gradient descent, Adam,
 * mini-batches, L1 regularisation, Xavier-uniform initialisation and DJL's Linear layers. The data set is given
 * ({@link nnlab.fixtures.data.NonlinearMockData}, numpy's draws rebuilt bit for bit).
 * <p>A DJL trap: inside a {@code GradientCollector}, never give {@code mul}, {@code div}, {@code pow} or
 * {@code maximum} a Java number. DJL frees the tensor it makes of the number before backward reads it, so a garbage
 * collection in between corrupts the gradient now and then. Write {@code 1 / d} as {@code d.onesLike().div(d)},
 * clamp with {@code clip}, and make constants with {@code manager.create(value)} (README, "A DJL trap").
 */
package nnlab.lab7;
