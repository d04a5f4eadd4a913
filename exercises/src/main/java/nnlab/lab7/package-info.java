// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
/**
 * Lab 7 — seed 002's shallow network on its nonlinear data set, built seven times with one more tool each time:
 * hand-made float64 parameters and the forward pass, BCE and binary accuracy, plain gradient descent, Adam,
 * mini-batches, L1 regularisation, Xavier-uniform initialisation and DJL's Linear layers. The data set is given
 * ({@link nnlab.fixtures.data.NonlinearMockData}, numpy's draws rebuilt bit for bit).
 */
package nnlab.lab7;
