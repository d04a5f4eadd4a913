// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
/**
 * Lab 6 — the regression training loop of seed 001: Linear(4, 2) then Linear(2, 1), MSELoss, SGD with lr 0.001,
 * batches of 4 shuffled every epoch, on a small salary table (the notebook's own data set is undefined).
 */
package nnlab.lab6;
